import Testing
@testable import BrochureKit

/// A huge word printed behind a table and the text under it (each letter level, as poppler
/// gives it, on a box as tall as its type).
@Suite("Background word")
struct BackgroundWordTests {
    static let rows = [
        ["区分", "令和3年度", "令和4年度", "令和5年度", "令和6年度", "令和7年度"],
        ["事務", "46", "49", "51", "48", "53"], ["うち女性", "22", "25", "24", "26", "29"],
        ["技術", "27", "25", "30", "29", "31"], ["うち女性", "6", "－", "7", "8", "9"],
        ["合計", "73", "74", "81", "77", "84"], ["うち女性", "28", "25", "31", "34", "38"],
    ]

    /// The table at 8.5 pt, a paragraph under it, and `letters` at 112 pt climbing across both.
    static func page(letters: String) -> Page {
        var b = PageBuilder()
        b.text("採用実績", x: 40, y: 260, size: 14, bold: true)
        for (r, row) in rows.enumerated() {
            for (k, word) in row.enumerated() {
                b.text(word, x: 40 + Double(k) * 90, y: 300 + Double(r) * 18, size: 8.5)
            }
        }
        b.text("職員は本庁と出先機関を3～4年ごとに経験し、国や他県への派遣研修の機会があります。", x: 40, y: 450, size: 8.5)
        b.text("採用後は、自治研修所で新規採用職員研修を受け、地方自治の課題を学びます。", x: 40, y: 463, size: 8.5)
        for (i, scalar) in letters.unicodeScalars.enumerated() {
            let x = 220 + Double(i) * 80, y = 440 - Double(i) * 45
            b.glyphs.insert(Glyph(scalar: scalar, box: Rect(x0: x, y0: y, x1: x + 70, y1: y + 112), font: 1, size: 112), at: 0)
        }
        return Page(number: 1, width: b.width, height: b.height, glyphs: b.glyphs, fonts: b.fonts)
    }

    @Test("Letters set far larger than the text they lie behind are dropped: the table is read whole")
    func dropped() throws {
        let layout = LayoutEngine().layout(Self.page(letters: "KINAWA"))
        let text = layout.textLines.joined(separator: "\n")
        #expect(!text.contains("W") && !text.contains("K"), "\(text)")
        let table = try #require(layout.blocks.compactMap(\.table).first)
        #expect(table.rows.map { $0.map(\.text) } == Self.rows)
    }

    @Test("A title set large with a ruby over it and a line under it is kept")
    func titleKept() {
        var b = PageBuilder()
        b.text("おきなわけん", x: 65, y: 44, size: 7)
        b.text("沖縄県", x: 40, y: 54, size: 32, bold: true)
        b.text("職員採用案内", x: 150, y: 66, size: 20, bold: true)
        b.text("上級試験（大学卒業程度）行政事務・技術", x: 40, y: 100, size: 8)
        b.text("令和8年3月発行", x: 40, y: 122, size: 8)
        let page = Page(number: 1, width: b.width, height: b.height, glyphs: b.glyphs, fonts: b.fonts)
        #expect(BackgroundWord.removed(from: page, body: LayoutEngine.bodySize(page)) == nil)
    }
}
