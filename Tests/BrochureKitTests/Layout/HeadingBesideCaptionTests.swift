import Testing
@testable import BrochureKit

/// A section heading at the left and the table's caption at the right on one row, over a
/// table of years across whose women are rows of their own.
@Suite("Heading beside a table's caption")
struct HeadingBesideCaptionTests {
    static func page() -> Page {
        var b = PageBuilder()
        b.text("採用実績", x: 52, y: 277, size: 14, bold: true)
        b.text("上級試験による採用者数（人）", x: 436, y: 282, size: 8.5)
        b.text("区分", x: 75.5, y: 311.2, size: 8.5)
        for k in 0..<5 { b.text("令和\(3 + k)年度", x: 143.9 + 71.2 * Double(k), y: 311.2, size: 8.5) }
        let rows: [(String, Bool, [String])] = [
            ("行政事務", false, ["46", "49", "51", "48", "53"]), ("うち女性", true, ["22", "25", "24", "26", "29"]),
            ("技術", false, ["27", "25", "30", "29", "31"]), ("うち女性", true, ["6", "－", "7", "8", "9"]),
            ("合計", false, ["73", "74", "81", "77", "84"]), ("うち女性", true, ["28", "25", "31", "34", "38"]),
        ]
        for (r, row) in rows.enumerated() {
            let y = 334.5 + 17.5 * Double(r)
            b.text(row.0, x: row.1 ? 94.5 : 43.5, y: y, size: row.1 ? 7.5 : 8.5)
            for (k, figure) in row.2.enumerated() { b.text(figure, x: 157.3 + 71.2 * Double(k), y: y, size: row.1 ? 8 : 10) }
        }
        b.text("※社会人経験者採用試験による採用者は含みません。", x: 40, y: 452, size: 7.5)
        return Page(number: 1, width: b.width, height: b.height, glyphs: b.glyphs, fonts: b.fonts)
    }

    @Test("The heading row is no row of the table: the table is read whole, under its caption")
    func wholeTable() throws {
        let layout = LayoutEngine().layout(Self.page())
        let tables = layout.blocks.compactMap(\.table).map { $0.rows.map { $0.map(\.text) } }
        try #require(tables.count == 1, "\(tables)")
        #expect(tables[0].first == ["区分", "", "令和3年度", "令和4年度", "令和5年度", "令和6年度", "令和7年度"], "\(tables)")
        #expect(tables[0].count == 7)
        #expect(Array(layout.textLines.prefix(2)) == ["採用実績", "上級試験による採用者数（人）"])
    }
}
