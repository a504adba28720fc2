import Testing

@testable import BrochureKit

/// A grouped bar chart: each year's two bars with their counts above them and `計` above the
/// pair, the years under the bars, and the women in a small table of their own below.
@Suite("Hiring grouped bar chart")
struct HiringGroupedBarCountsTests {
    static func line(_ text: String, _ x: Double, _ y: Double) -> TextLine {
        let box = Rect(x0: x, y0: y, x1: x + 6 * Double(text.count), y1: y + 8)
        return TextLine(text: text, box: box, fontSize: 8, isBold: false, orientation: .horizontal)
    }

    /// The chart's lines: a legend, then per year (46 pt apart) its two counts, its sum and its label.
    static func chart(_ years: [(String, Int, Int, Int)]) -> [TextLine] {
        var lines = [line("事務 技術", 240, 130)]
        for (k, (label, admin, tech, total)) in years.enumerated() {
            let x = 70 + 46 * Double(k)
            lines += [line("\(admin)", x - 8, 190), line("\(tech)", x + 10, 215), line("計\(total)", x - 2, 160), line(label, x, 265)]
        }
        return lines
    }

    @Test("Each year's counts over its label, in the legend's order, the 計 their sum")
    func grouped() {
        let years = [("R5", 48, 22, 70), ("R6", 51, 25, 76), ("R7見込", 46, 24, 70)]
        let record = GroupedBarCounts.parse(Self.chart(years), page: 1, notedPlans: [])
        #expect(HiringParserTests.read(record) == ["2023 70/- 48/- 22/-", "2024 76/- 51/- 25/-", "2025p 70/- 46/- 24/-"])
        // A 計 that is not the sum of its pair: not such a chart.
        #expect(GroupedBarCounts.parse(Self.chart([("R5", 48, 22, 70), ("R6", 51, 25, 75), ("R7", 46, 24, 70)]), page: 1, notedPlans: []) == nil)
        // No legend naming the tracks: not read.
        #expect(GroupedBarCounts.parse(Array(Self.chart(years).dropFirst()), page: 1, notedPlans: []) == nil)
    }

    @Test("The women of a chart from a table of their own under a caption naming them, the planned year's dashes skipped")
    func womenApart() {
        let years = [("R5", 48, 22, 70), ("R6", 51, 25, 76), ("R7見込", 46, 24, 70)]
        let chart = Self.chart(years)
        // The women's table under the chart's axis, its caption just above it.
        let texts = [["年度", "R5", "R6", "R7見込"], ["事務", "22", "25", "－"], ["技術", "5", "6", "－"], ["計", "27", "31", "－"]]
        let columns: [ClosedRange<Double>] = (0..<4).map { c in (60 + 50 * Double(c))...(90 + 50 * Double(c)) }
        let cells = texts.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: Rect(x0: columns[c].lowerBound, y0: 300 + 14 * Double(r), x1: columns[c].upperBound, y1: 308 + 14 * Double(r)))
            }
        }
        let box = Rect(x0: 60, y0: 300, x1: 240, y1: 350)
        let table = Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: columns, rows: cells, headerRowCount: 1))
        let caption = Self.line("うち女性（人）", 40, 285)
        var part = HiringParserTests.part([["年度"]], header: 0)
        // The caption read before the chart's labels: only its place says it heads the table.
        part.blocks = [(1, Block(kind: .paragraph, box: caption.box, lines: [caption])),
            (1, Block(kind: .paragraph, box: Rect(x0: 40, y0: 120, x1: 400, y1: 280), lines: chart)), (1, table)]
        #expect(HiringParserTests.read(HiringParser().parse(part)) == ["2023 70/27 48/22 22/5", "2024 76/31 51/25 25/6", "2025p 70/- 46/- 24/-"])
    }
}
