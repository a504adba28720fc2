import Testing

@testable import BrochureKit

/// Hiring tables with years down whose years each span a head-count sub-row and a women's
/// sub-row, the labels left outside the grid of figures.
@Suite("Hiring women sub-rows")
struct HiringSubRowsTests {
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
        #expect(WomenSubRows.pairs(cells, years: cells.map { YearLabel($0[0].text) }, firstFigure: 2).isEmpty)
        let more = cells + [["", "うち女性", "1"]].map { $0.map { Table.Cell(text: $0, box: nil) } }
        #expect(WomenSubRows.pairs(more, years: more.map { YearLabel($0[0].text) }, firstFigure: 2) == [0: 1, 2: 3])
    }
}
