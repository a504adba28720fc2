import Testing

@testable import BrochureKit

/// Hiring printed as a figure rather than a table: a horizontal timeline (each year a node, its
/// label above, the tracks' figures after their names stacked below it), and a line chart of
/// three series named at their left ends.
@Suite("Hiring timeline and named series")
struct HiringTimelineTests {
    /// A line of `text` centred on `x`.
    static func centred(_ text: String, x: Double, y: Double) -> TextLine {
        HiringSplitFiguresTests.line(text, x: x - 3 * Double(text.count), y: y)
    }

    /// Nodes 90 pt apart: the year over each, then its figures one line each below it.
    static func timeline(_ nodes: [(year: String, figures: [String])]) -> [TextLine] {
        nodes.enumerated().flatMap { i, node in
            let x = 100 + 90 * Double(i)
            return [Self.centred(node.year, x: x, y: 100)]
                + node.figures.enumerated().map { k, figure in Self.centred(figure, x: x, y: 124 + 14 * Double(k)) }
        }
    }

    static let nodes: [(year: String, figures: [String])] = [
        ("令和5年度", ["事務系 7（3）", "技術系 4（2）", "計 11（5）"]),
        ("令和6年度", ["事務系 6（2）", "技術系 6（3）", "計 12（5）"]),
        ("令和7年度", ["事務系 8（4）", "技術系 6（2）", "計 14（6）"]),
        ("令和8年度＊", ["事務系 7（3）", "技術系 5（2）", "計 12（5）"]),
    ]

    @Test("A timeline read node by node: figures under each year, the planned year marked by a note mark its note names")
    func timeline() {
        // Two notes on one line, the second the planned year's, led by a full-width mark.
        let note = HiringSplitFiguresTests.line("（　）内は女性で内数です。＊令和8年度は採用予定数です。", x: 60, y: 200)
        let part = HiringListsAndLineChartsTests.part(Self.timeline(Self.nodes) + [note])
        #expect(HiringParserTests.read(HiringParser().parse(part)) == ["2023 11/5 7/3 4/2", "2024 12/5 6/2 6/3", "2025 14/6 8/4 6/2", "2026p 12/5 7/3 5/2"])
        // Without totals: their sums.
        let bare = Self.nodes.map { ($0.year, Array($0.figures.prefix(2))) }
        #expect(HiringParserTests.read(TimelineNodes.parse(Self.timeline(bare), page: 1)).first == "2023 11/5 7/3 4/2")
        // A total that is not the sum, or a year missing a track: not a timeline.
        var wrong = Self.nodes
        wrong[1].figures[2] = "計 13（5）"
        #expect(TimelineNodes.parse(Self.timeline(wrong), page: 1) == nil)
        var missing = Self.nodes
        missing[2].figures.removeFirst()
        #expect(TimelineNodes.parse(Self.timeline(missing), page: 1) == nil)
    }

    @Test("Year cards: the tracks' figures under a big total and its women, well below the year, still belong to it")
    func yearCards() {
        let cards = Self.nodes.map { (year: $0.year, figures: ["採用者数", "11名", "うち女性 5名", "", ""] + Array($0.figures.prefix(2))) }
        let lines = Self.timeline(cards).filter { !$0.text.isEmpty }
        #expect(HiringParserTests.read(TimelineNodes.parse(lines, page: 1)).first == "2023 11/5 7/3 4/2")
    }

    /// A line chart: the years on an axis row at y 300, 80 pt apart, `（予定）` under the last;
    /// in each year's column the labels of 計, 事務系 and 技術系 top to bottom; the names at
    /// the left ends in `names` order, top first.
    static func chart(_ columns: [[String]], names: [String] = ["計", "事務系", "技術系"]) -> [TextLine] {
        let years = ["令和5年度", "令和6年度", "令和7年度", "令和8年度"]
        var lines = years.enumerated().map { i, year in Self.centred(year, x: 100 + 80 * Double(i), y: 300) }
        lines.append(Self.centred("（予定）", x: 100 + 80 * Double(years.count - 1), y: 311))
        lines += names.enumerated().map { k, name in HiringSplitFiguresTests.line(name, x: 20, y: 160 + 50 * Double(k)) }
        for (i, column) in columns.enumerated() {
            lines += column.enumerated().map { k, label in Self.centred(label, x: 100 + 80 * Double(i), y: 150 + 50 * Double(k)) }
        }
        return lines
    }

    static let labels = [["11（3）", "6（2）", "5（1）"], ["12（4）", "7（3）", "5（1）"], ["14（5）", "8（4）", "6（1）"], ["15（6）", "9（4）", "6（2）"]]

    @Test("A line chart of three series named at their left ends: labels sorted by height, 計 the sum of the others")
    func namedSeries() {
        let part = HiringListsAndLineChartsTests.part(Self.chart(Self.labels))
        #expect(HiringParserTests.read(HiringParser().parse(part)) == ["2023 11/3 6/2 5/1", "2024 12/4 7/3 5/1", "2025 14/5 8/4 6/1", "2026p 15/6 9/4 6/2"])
        // The names in another order name other lines: here 計 is no sum, so nothing is read.
        #expect(NamedSeriesChart.parse(Self.chart(Self.labels, names: ["事務系", "計", "技術系"]), page: 1) == nil)
        // A 計 label that is not the sum, or a column short of a label: nothing.
        var wrong = Self.labels
        wrong[2][0] = "15（5）"
        #expect(NamedSeriesChart.parse(Self.chart(wrong), page: 1) == nil)
        var short = Self.labels
        short[1].removeLast()
        #expect(NamedSeriesChart.parse(Self.chart(short), page: 1) == nil)
    }
}
