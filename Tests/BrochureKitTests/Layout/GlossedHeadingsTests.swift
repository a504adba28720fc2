import Testing
@testable import BrochureKit

/// Section headings set with an English gloss on their baseline (`配属実績 PLACEMENT`), and a
/// group cell centred on the rows it spans.
@Suite("Glossed headings and spanning cells")
struct GlossedHeadingsTests {
    /// A title at 12 pt with its gloss at 7 pt, bottoms level, from `x`.
    static func glossed(_ b: inout PageBuilder, _ title: String, _ gloss: String, x: Double, bottom: Double) {
        b.text(title, x: x, y: bottom - 12, size: 12, bold: true)
        b.text(gloss, x: x + 12 * Double(title.count) + 4, y: bottom - 7, size: 7)
    }

    /// Two notes, then `配属実績 PLACEMENT` beside `試験区分 EXAMINATION`, a caption under each,
    /// then a table under each, their rows level.
    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("※数字は採用者数、（ ）内は女性の内数。", x: 42, y: 433, size: 7.5)
        b.text("※2026年度は採用予定数（白抜きの点）。", x: 42, y: 444, size: 7.5)
        glossed(&b, "配属実績", "PLACEMENT", x: 52, bottom: 473)
        glossed(&b, "試験区分", "EXAMINATION", x: 318, bottom: 473)
        b.text("2025年度採用者の配属先（2026年4月現在）", x: 42, y: 486, size: 8.5)
        b.text("2026年度採用予定者の試験区分", x: 308, y: 486, size: 8.5)
        b.text("課", x: 60, y: 504, size: 8)
        b.text("事務系", x: 150, y: 504, size: 8)
        b.text("技術系", x: 200, y: 504, size: 8)
        b.text("試験区分", x: 318, y: 504, size: 8)
        b.text("事務系", x: 420, y: 504, size: 8)
        b.text("技術系", x: 480, y: 504, size: 8)
        for (r, (unit, category)) in [("人事課", "法律"), ("総務課", "経済"), ("測地基準課", "工学"), ("地図情報課", "デジタル")].enumerated() {
            let y = 520 + Double(r) * 16
            b.text(unit, x: 60, y: y, size: 8)
            b.text(r < 2 ? "1" : "－", x: 160, y: y, size: 8)
            b.text(r < 2 ? "－" : "2", x: 210, y: y, size: 8)
            b.text(category, x: 318, y: y, size: 8)
            b.text(r < 2 ? "1" : "－", x: 430, y: y, size: 8)
            b.text(r < 2 ? "－" : "3", x: 490, y: y, size: 8)
        }
        return b
    }

    @Test("Tables side by side under two glossed section headings are two tables, not one across the gap")
    func tablesUnderGlossedHeadings() {
        let tables = TableGeometryTests.tables(Self.page())
        #expect(tables.count == 2, "\(tables)")
        #expect(tables.first?.first == ["課", "事務系", "技術系"])
        #expect(EnglishGloss.stripped("配属実績 PLACEMENT") == "配属実績")
        #expect(EnglishGloss.stripped("WORK STYLE") == "WORK STYLE")
        #expect(EnglishGloss.stripped("配属実績") == "配属実績")
    }

    @Test("A group cell centred on its two rows, overlapping one by a point, stays in the table")
    func groupCellCentredOnRows() {
        var b = PageBuilder()
        b.text("部", x: 69, y: 504, size: 8)
        b.text("課", x: 152, y: 504, size: 8)
        b.text("事務系", x: 216, y: 504, size: 8)
        b.text("技術系", x: 256, y: 504, size: 8)
        let groups = [("総務部", ["人事課", "総務課"]), ("測地部", ["測地基準課", "物理測地課"]), ("基本図情報部", ["地図情報課", "画像調査課"])]
        for (g, (group, units)) in groups.enumerated() {
            let top = 520 + Double(g) * 31.6
            // Centred on its two rows' cell frame: a point and a half below their middles' midpoint.
            b.text(group, x: 44, y: top + 9.3, size: 8)
            for (r, unit) in units.enumerated() {
                let y = top + Double(r) * 15.8
                b.text(unit, x: 106, y: y, size: 8)
                b.text(g == 0 ? "1" : "－", x: 225, y: y, size: 8)
                b.text(g == 0 ? "－" : "2", x: 265, y: y, size: 8)
            }
        }
        let tables = TableGeometryTests.tables(b)
        #expect(tables.count == 1, "\(tables)")
        #expect(tables.first?.contains { $0.first == "測地部" && $0.contains("測地基準課") } == true, "\(tables)")
    }
}
