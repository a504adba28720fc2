import Testing

@testable import BrochureKit

/// Years printed bare (`3年度`, `3`) under a header or a caption that says their era once.
@Suite("The era said once over a column of bare years")
struct EraSaidOnceTests {
    /// A hiring table, years down its first column as `years` prints them, under `header`.
    static func table(header: String, years: [String]) -> Table {
        func cell(_ text: String, _ x: Double, _ y: Double) -> Table.Cell {
            Table.Cell(text: text, box: Rect(x0: x, y0: y, x1: x + 40, y1: y + 9))
        }
        let rows = [[cell(header, 60, 200), cell("事務系", 160, 200), cell("技術系", 260, 200), cell("計", 360, 200)]]
            + years.enumerated().map { r, year in
                let y = 217 + 17 * Double(r)
                return [cell(year, 60, y), cell("2（1）", 160, y), cell("1（0）", 260, y), cell("3（1）", 360, y)]
            }
        let box = Rect(x0: 60, y0: 200, x1: 400, y1: 217 + 17 * Double(years.count))
        return Table(box: box, columns: [60...100, 160...200, 260...300, 360...400], rows: rows, headerRowCount: 1)
    }

    static func caption(_ text: String) -> Block {
        let box = Rect(x0: 60, y0: 184, x1: 60 + 9 * Double(text.count), y1: 193)
        return Block(kind: .paragraph, box: box, lines: [TextLine(text: text, box: box, fontSize: 9, isBold: false, orientation: .horizontal)])
    }

    @Test("A caption naming the era over bare years gives them its era; the labels stay as printed")
    func caption() {
        let (table, printed) = EraSaidOnce.applied(to: Self.table(header: "年度", years: ["3年度", "4年度", "5年度", "6年度（予定）"]),
                                                   from: [Self.caption("令和3年度以降の採用者数（単位：人）")])
        #expect(table.rows.map { $0[0].text } == ["年度", "令和3年度", "令和4年度", "令和5年度", "令和6年度(予定)"])
        #expect(printed["令和6年度"] == "6年度")
    }

    @Test("A header naming the era over bare numbers gives them its era")
    func header() {
        let (table, printed) = EraSaidOnce.applied(to: Self.table(header: "年度（令和）", years: ["3", "4", "5", "6（予定）"]), from: [])
        #expect(table.rows.map { $0[0].text }.dropFirst() == ["令和3年度", "令和4年度", "令和5年度", "令和6年度(予定)"])
        #expect(printed["令和3年度"] == "3")
    }

    @Test("Nothing is read without one era said, when the years do not rise, or when a year already says its own",
          arguments: [
            ("年度", ["3年度", "4年度", "5年度", "6年度"], "採用者数の推移"),
            ("年度（令和）", ["3", "5", "4", "6"], ""),
            ("年度", ["令和3年度", "4年度", "5年度", "6年度"], "令和3年度以降"),
            ("年度", ["3年度", "4年度", "5年度", "6年度"], "平成・令和の採用者数"),
          ])
    func unchanged(header: String, years: [String], caption: String) {
        let original = Self.table(header: header, years: years)
        let (table, printed) = EraSaidOnce.applied(to: original, from: caption.isEmpty ? [] : [Self.caption(caption)])
        #expect(table == original && printed.isEmpty)
    }

    @Test("The era set alone over a header row of bare years, the table turned, gives them its era")
    func eraOverYearColumns() {
        func cell(_ text: String, _ x: Double, _ y: Double) -> Table.Cell { Table.Cell(text: text, box: Rect(x0: x, y0: y, x1: x + 40, y1: y + 9)) }
        let years = ["3年度", "4年度", "5年度", "6年度（予定）"]
        let rows = [[cell("区分", 60, 200)] + years.enumerated().map { cell($1, 120 + 60 * Double($0), 200) }]
            + ["事務職", "技術職", "計"].enumerated().map { r, name in
                [cell(name, 60, 217 + 17 * Double(r))] + years.indices.map { cell("2（1）", 120 + 60 * Double($0), 217 + 17 * Double(r)) }
            }
        let original = Table(box: Rect(x0: 60, y0: 200, x1: 360, y1: 260), columns: [60...100, 120...160, 180...220, 240...280, 300...340], rows: rows, headerRowCount: 1)
        let (table, printed) = EraSaidOnce.applied(to: original, from: [Self.caption("令和")])
        #expect(table.rows[0].map(\.text) == ["区分", "令和3年度", "令和4年度", "令和5年度", "令和6年度(予定)"])
        #expect(printed["令和4年度"] == "4年度")
        // (Without the era over them, the years stay bare.)
        #expect(EraSaidOnce.applied(to: original, from: [Self.caption("採用者数の推移")]).printed.isEmpty)
    }
}
