import Testing

@testable import BrochureKit

/// Hiring figures whose labels sit outside the usual grid: beside it, inside the cell, on a chart.
@Suite("Hiring labels")
struct HiringLabelsTests {
    @Test("Counts written as men and women (男性4名・女性6名): heads are their sum, women the 女 figure")
    func menAndWomenInOneCell() {
        let record = HiringParser().parse(HiringParserTests.part([
            ["採用年度", "事務系（行政 等）", "技術系（デジタル 等）", "合計（うち女性）"],
            ["令和5年度※1", "男性4名・女性6名", "男性1名・女性2名", "13名（うち女性8名）"],
            ["令和6年度", "女性6名、男性5名", "男2人・女1人", "14名（うち女性7名）"],
        ], header: 1))
        #expect(HiringParserTests.read(record) == ["2023 13/8 10/6 3/2", "2024 14/7 11/6 3/1"])
        #expect(SexSplitCount.parse("男性4名") == nil)
        #expect(SexSplitCount.parse("男性4名・男性6名") == nil)
    }

    /// A label one line high, set left of the table at row `row` of `HiringParserTests.part`.
    static func label(_ text: String, x: Double, row: Int) -> Block {
        let line = TextLine(
            text: text, box: Rect(x0: x, y0: 100 + Double(row) * 20, x1: x + 24, y1: 109 + Double(row) * 20), fontSize: 8, isBold: false,
            orientation: .horizontal)
        return Block(kind: .paragraph, box: line.box, lines: [line])
    }

    @Test("Years across over plain numbers, the row labels outside the table: a 採用者数 group and a うち女性 group of the same tracks")
    func labelsBesideAndWomenGroup() {
        var part = HiringParserTests.part([
            ["2022年度", "2023年度", "2024年度"],
            ["（R4）", "（R5）", "（R6予定）"],
            ["5", "4", "5"], ["2", "1", "2"], ["7", "5", "7"],
            ["2", "1", "3"], ["1", "1", "1"], ["3", "2", "4"],
        ], header: 0)
        let labels = [("区分", -64.0, 1), ("採用者数", -64, 3), ("うち女性", -64, 6)]
            + [("事務系", -30.0, 2), ("技術系", -30, 3), ("合計", -30, 4), ("事務系", -30, 5), ("技術系", -30, 6), ("合計", -30, 7)]
        part.blocks += labels.map { (1, Self.label($0.0, x: $0.1, row: $0.2)) }
        #expect(HiringParserTests.read(HiringParser().parse(part)) == ["2022 7/3 5/2 2/1", "2023 5/2 4/1 1/1", "2024p 7/4 5/3 2/1"])
    }

    @Test("A stacked bar chart with its figures only as labels: a legend names the tracks, 計 the total; the axis is no row")
    func barChartLabels() {
        let part = HiringParserTests.part([
            ["庁", "採用実績", "", "", ""],
            ["", "", "", "", "事務系 技術系"],
            ["", "令和元年度", "8（2）", "5（1）", "計13（3）"],
            ["", "令和2年度7（3）", "", "4（1）", "計11（4）"],
            ["Agency", "令和3年度（予定）", "9（3）", "5（2）", "計14（5）"],
            ["", "0", "5", "10", "15 （人）"],
        ], header: 2)
        #expect(HiringParserTests.read(HiringParser().parse(part)) == ["2019 13/3 8/2 5/1", "2020 11/4 7/3 4/1", "2021p 14/5 9/3 5/2"])
        // The legend's order is the segments' order; a total that is not their sum is no chart.
        let swapped = BarChartLabels.parse([["技術系 事務系"], ["R1 5（1） 8（2） 計13（3）"], ["R2 4（1） 7（3）"]], page: 1)
        #expect(HiringParserTests.read(swapped) == ["2019 13/3 8/2 5/1", "2020 11/4 7/3 4/1"])
        #expect(BarChartLabels.parse([["事務系 技術系"], ["R1 8（2） 5（1） 計12（3）"], ["R2 7（3） 4（1）"]], page: 1) == nil)
        #expect(BarChartLabels.parse([["R1 8（2） 5（1）"], ["R2 7（3） 4（1）"]], page: 1) == nil)
    }

    @Test("A section's heading in a table's first row, set larger than the table (a strip beside it shares the band), opens the section")
    func headingInFirstRow() {
        func line(_ text: String, _ size: Double) -> TextLine {
            TextLine(text: text, box: Rect(x0: 0, y0: 0, x1: 10, y1: 10), fontSize: size, isBold: false, orientation: .horizontal)
        }
        let table = Table(
            box: Rect(x0: 0, y0: 0, x1: 100, y1: 100), columns: [0...10, 20...30],
            rows: [[Table.Cell(text: "庁", box: nil), Table.Cell(text: "採用実績", box: nil)], [Table.Cell(text: "令和元年度", box: nil), Table.Cell(text: "8（2）", box: nil)]],
            headerRowCount: 1)
        let small = ["8（2）", "5（1）", "令和元年度", "令和2年度"].map { line($0, 8) }
        #expect(SectionSegmenter.headingInFirstRow(table, lines: small + [line("庁", 30), line("採用実績", 11.5)]) == "採用実績")
        // In the table's own type it is a header cell, not a heading.
        #expect(SectionSegmenter.headingInFirstRow(table, lines: small + [line("庁", 30), line("採用実績", 8)]) == nil)
    }

    @Test("A year whose label is drawn in the colour a legend calls planned is planned; without the legend, colour means nothing")
    func plannedByColour() throws {
        var part = HiringParserTests.part([
            ["年度", "事務系", "技術系", "合計"], ["2023年度", "5", "3", "8"], ["2024年度", "7", "3", "10"], ["2025年度", "6", "3", "9"],
        ], header: 1)
        // The table's lines as drawn: the last year's label in blue.
        let (page, block) = part.blocks[0]
        let table = try #require(block.table)
        var drawn = block
        drawn.lines = table.rows.flatMap { $0 }.compactMap { cell in
            cell.box.map { box in
                var line = TextLine(text: cell.text, box: box, fontSize: 9, isBold: false, orientation: .horizontal)
                line.color = cell.text == "2025年度" ? 0x1F4E9E : 0
                return line
            }
        }
        part.blocks = [(page, drawn)]
        #expect(HiringParserTests.read(HiringParser().parse(part)).map { $0.split(separator: " ")[0] } == ["2023", "2024", "2025"])
        let legend = Rect(x0: 40, y0: 190, x1: 200, y1: 199)
        part.blocks.append((page, Block(kind: .paragraph, box: legend, lines: [
            TextLine(text: "※青字斜体は採用予定数", box: legend, fontSize: 8, isBold: false, orientation: .horizontal),
        ])))
        #expect(HiringParserTests.read(HiringParser().parse(part)).map { $0.split(separator: " ")[0] } == ["2023", "2024", "2025p"])
    }

    /// A year label centred on the gap under row `row` of `HiringParserTests.part` (so on rows
    /// `row` and `row + 1`), on one line or wrapped onto two.
    static func year(_ lines: [String], x: Double, row: Int) -> Block {
        let top = 110 + Double(row) * 20 + 4.5 - 4.5 * Double(lines.count)
        let text = lines.enumerated().map { i, text in
            TextLine(
                text: text, box: Rect(x0: x, y0: top + 9 * Double(i), x1: x + 30, y1: top + 9 * Double(i + 1)), fontSize: 8, isBold: false,
                orientation: .horizontal)
        }
        return Block(kind: .paragraph, box: Rect.enclosing(text.map(\.box))!, lines: text)
    }

    @Test("Each year over 採用者数 / うち女性 sub-rows: the women's row gives the women, a row of dashes none")
    func yearsOverTwoSubRows() {
        var part = HiringParserTests.part([
            ["事務系", "技術系"],
            ["3", "1"], ["2", "1"],
            ["2", "2"], ["1", "1"],
            ["3", "2"], ["－", "－"],
        ], header: 1)
        let subLabels = ["区分", "採用者数", "うち女性", "採用者数", "うち女性", "採用者数", "うち女性"]
        part.blocks += subLabels.enumerated().map { (1, HiringLabelsTests.label($1, x: -30, row: $0)) }
        // The years stand beside the sub-labels, further from the grid than the labels' own reach.
        part.blocks += [(1, HiringLabelsTests.label("年度", x: -75, row: 0))]
        part.blocks += [(["令和3年度"], 1), (["令和4年度"], 3), (["令和5年度", "（予定）"], 5)].map { (1, Self.year($0.0, x: -75, row: $0.1)) }
        #expect(HiringParserTests.read(HiringParser().parse(part)) == ["2021 4/3 3/2 1/1", "2022 4/2 2/1 2/1", "2023p 5/- 3/- 2/-"])
    }

    @Test("A women's sub-row is taken only under two years or more")
    func onePairIsNoPattern() {
        let cells = [["令和3年度", "採用者数", "3"], ["", "うち女性", "2"], ["令和4年度", "採用者数", "2"]].map { $0.map { Table.Cell(text: $0, box: nil) } }
        #expect(WomenRowGroups.subRows(cells, years: cells.map { YearLabel($0[0].text) }, firstFigure: 2).isEmpty)
        let more = cells + [["", "うち女性", "1"]].map { $0.map { Table.Cell(text: $0, box: nil) } }
        #expect(WomenRowGroups.subRows(more, years: more.map { YearLabel($0[0].text) }, firstFigure: 2) == [0: 1, 2: 3])
    }
}
