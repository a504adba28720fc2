import Testing
@testable import BrochureKit

/// Cards of the same fields side by side on shared baselines, which the table detector
/// takes for one grid.
@Suite("Field-and-value cards side by side read card by card")
struct KeyValueCardsTests {
    /// Three cards 120 pt apart (two ems between them): a title, then a field column and a value column.
    static func page(titles: [String], rows: [[(String, String)]], titleSize: Double = 10) -> PageBuilder {
        var b = PageBuilder()
        b.text("令和8年度の採用予定", x: 52, y: 100, size: 12, bold: true)
        for (card, title) in titles.enumerated() {
            let x = 52 + Double(card) * 120
            b.text(title, x: x, y: 130, size: titleSize, bold: titleSize > 8)
            for (r, (field, value)) in rows[card].enumerated() {
                b.text(field, x: x, y: 150 + Double(r) * 18, size: 8)
                b.text(value, x: x + 56, y: 150 + Double(r) * 18, size: 8)
            }
        }
        b.text("研修", x: 52, y: 240, size: 12, bold: true)
        return b
    }

    static func card(_ track: String, _ count: String) -> [(String, String)] {
        [("区分", track), ("試験", "職員採用試験"), ("予定人数", count)]
    }

    @Test("Each card's title is followed by its own fields, then the next card")
    func cardByCard() throws {
        let layout = LayoutEngine().layout(Self.page(titles: ["一般事務", "土木", "建築"], rows: [Self.card("事務職", "9名"), Self.card("技術職", "3名"), Self.card("技術職", "1名")]).page())
        let lines = layout.textLines.map { $0.split(separator: "\t").joined(separator: " ") }
        let title = try #require(lines.firstIndex(of: "土木"))
        #expect(Array(lines[title...].prefix(4)) == ["土木", "区分 技術職", "試験 職員採用試験", "予定人数 3名"], "\(lines)")
        let tables = layout.blocks.compactMap(\.table)
        #expect(tables.count == 3 && tables.allSatisfy { $0.columns.count == 2 }, "\(tables.map(\.rows))")
    }

    /// A grid of three cards two columns wide, as the table detector gives it, with a line per cell.
    static func split(_ rows: [[String]], spanning: String? = nil, across: Bool = false) -> [(table: Table, lines: [TextLine])]? {
        let columns: [ClosedRange<Double>] = (0..<6).map { c in
            let left = 50 + Double(c) * 60
            return left...(left + 50)
        }
        var lines: [TextLine] = []
        let cells: [[Table.Cell]] = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in
                let top = 100 + Double(r) * 18
                let box = Rect(x0: columns[c].lowerBound, y0: top, x1: columns[c].lowerBound + 40, y1: top + 8)
                if !text.isEmpty { lines.append(TextLine(text: text, box: box, fontSize: 8, isBold: false, orientation: .horizontal)) }
                return Table.Cell(text: text, box: text.isEmpty ? nil : box)
            }
        }
        var grid = cells
        if let spanning {
            let box = Rect(x0: 50, y0: 80, x1: 400, y1: 88)
            grid.insert([Table.Cell(text: spanning, box: box, columnSpan: 6)], at: 0)
            lines.append(TextLine(text: spanning, box: box, fontSize: 8, isBold: false, orientation: .horizontal))
        }
        if across { lines[0].box.x1 = 200 }
        return KeyValueCards.split(Table(box: Rect(x0: 50, y0: 100, x1: 410, y1: 200), columns: columns, rows: grid, headerRowCount: 3), lines: lines)
    }

    @Test("Cards repeating their fields split, each its title over its own fields")
    func gridSplits() throws {
        let cards = try #require(Self.split([
            ["一般事務", "", "土木", "", "建築", ""], ["区分", "事務職", "区分", "技術職", "区分", "技術職"], ["人数", "9名", "人数", "3名", "人数", "1名"],
        ]))
        let texts: [[[String]]] = cards.map { $0.table.rows.map { $0.map(\.text) } }
        let expected: [[[String]]] = [
            [["一般事務", ""], ["区分", "事務職"], ["人数", "9名"]], [["土木", ""], ["区分", "技術職"], ["人数", "3名"]], [["建築", ""], ["区分", "技術職"], ["人数", "1名"]],
        ]
        #expect(texts == expected)
        #expect(cards.map(\.lines.count) == [5, 5, 5])
        // (Each card's header is its title row alone, whatever the grid's was.)
        #expect(cards.map(\.table.headerRowCount) == [1, 1, 1])
    }

    @Test("A table set in halves side by side, its row labels differing, stays one table")
    func halvesStayOneTable() {
        #expect(Self.split([
            ["年度", "人数", "年度", "人数", "年度", "人数"], ["令和3年度", "11", "令和5年度", "13", "令和7年度", "15"], ["令和4年度", "12", "令和6年度", "14", "令和8年度", "16"],
        ]) == nil)
    }

    @Test("Row labels repeated over counts alone are a table of figures")
    func countsStayOneTable() {
        #expect(Self.split([
            ["令和5年度", "", "令和6年度", "", "令和7年度", ""], ["事務系", "12名", "事務系", "10名", "事務系", "9名"], ["技術系", "8名", "技術系", "6名", "技術系", "7名"],
        ]) == nil)
    }

    @Test("Labels holding figures are rows of a table, not fields")
    func figuredLabelsAreRows() {
        #expect(Self.split([
            ["一般事務", "", "土木", "", "建築", ""], ["第1次", "筆記", "第1次", "筆記", "第1次", "筆記"], ["第2次", "面接", "第2次", "面接", "第2次", "面接"],
        ]) == nil)
    }

    @Test("Over two title rows above the fields is no row of cards")
    func titlesAtTheTop() {
        let title = ["一般事務", "", "土木", "", "建築", ""]
        let field = ["区分", "事務職", "区分", "技術職", "区分", "技術職"]
        #expect(Self.split([title, title, field, field]) != nil)
        #expect(Self.split([title, title, title, field, field]) == nil)
        #expect(Self.split([title, field]) == nil)
    }

    @Test("A cell or a line reaching from one card into the next makes the grid no row of cards")
    func nothingAcross() {
        let rows = [["一般事務", "", "土木", "", "建築", ""], ["区分", "事務職", "区分", "技術職", "区分", "技術職"], ["人数", "9名", "人数", "3名", "人数", "1名"]]
        #expect(Self.split(rows) != nil)
        #expect(Self.split(rows, spanning: "令和8年度の採用予定") == nil)
        #expect(Self.split(rows, across: true) == nil)
    }
}
