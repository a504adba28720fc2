import Testing
@testable import BrochureKit

/// A bilingual page: a Japanese table of two-line cells, and beside it an English column
/// with a caption of two lines, a table of its own at a pitch of its own and a note.
@Suite("Bilingual columns")
struct BilingualColumnsTests {
    static func page() -> Page {
        var b = PageBuilder()
        b.text("採用実績", x: 48, y: 255.5, size: 11.5, bold: true)
        b.text("Recruitment", x: 386, y: 256.5, size: 10, bold: true)
        b.text("本部で採用した事務職・技術職の人数（人）", x: 40, y: 281.5, size: 8)
        b.text("Hospital-wide hiring, all professions (nurses,", x: 382, y: 281.5, size: 8)
        b.text("pharmacists, therapists and others):", x: 382, y: 293.1, size: 8)
        for (text, x) in [("年度", 70.0), ("事務職", 144.5), ("技術職", 224.5), ("合計", 309)] { b.text(text, x: x, y: 303, size: 9) }
        b.text("Year", x: 385.5, y: 313.2, size: 8)
        b.text("New staff", x: 503.9, y: 313.2, size: 8)
        let counts = [("31", "（女性14）", "7", "（女性2）", "38", "（女性16）"), ("33", "（女性16）", "6", "（女性0）", "39", "（女性16）"),
                      ("35", "（女性17）", "8", "（女性3）", "43", "（女性20）"), ("36", "（女性19）", "7", "（女性1）", "43", "（女性20）"),
                      ("38", "（女性20）", "9", "（女性2）", "47", "（女性22）")]
        for (r, row) in counts.enumerated() {
            let y = 324 + 30 * Double(r)
            b.text("\(2021 + r)年度", x: 58.7, y: y + 6, size: 9)
            b.text(row.0, x: 152.3, y: y, size: 9)
            b.text(row.1, x: 139.6, y: y + 12, size: 7)
            b.text(row.2, x: 235.2, y: y, size: 9)
            b.text(row.3, x: 221.8, y: y + 12, size: 7)
            b.text(row.4, x: 312.3, y: y, size: 9)
            b.text(row.5, x: 299.6, y: y + 12, size: 7)
        }
        for (r, figure) in ["3,412", "3,598", "3,655", "3,721", "3,905"].enumerated() {
            b.text("FY\(2021 + r)", x: 385.5, y: 330.2 + 17 * Double(r), size: 8)
            b.text(figure, x: 516.2, y: 330.2 + 17 * Double(r), size: 8)
        }
        b.text("Figures for headquarters hiring are given in the", x: 382, y: 416.7, size: 7)
        b.text("Japanese table.", x: 382, y: 426.9, size: 7)
        b.text("※病院で採用する職員（看護師・医療技術職等）は含みません。", x: 40, y: 504.5, size: 7.5)
        return Page(number: 1, width: b.width, height: b.height, glyphs: b.glyphs, fonts: b.fonts)
    }

    @Test("The English column beside the Japanese table is no part of it: two tables")
    func twoTables() throws {
        let tables = LayoutEngine().layout(Self.page()).blocks.compactMap(\.table).map { $0.rows.map { $0.map(\.text) } }
        let japanese = try #require(tables.first { $0.joined().contains("年度") }, "\(tables)")
        #expect(!japanese.joined().contains { $0.contains("FY") || $0.contains("Year") }, "\(japanese)")
        #expect(japanese.contains(["2021年度", "31（女性14）", "7（女性2）", "38（女性16）"]), "\(japanese)")
    }
}
