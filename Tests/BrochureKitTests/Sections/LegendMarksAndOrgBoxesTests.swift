import Testing

@testable import BrochureKit

/// Hiring and assignments drawn rather than tabled: a line chart whose series a legend names,
/// a planned year marked by a symbol a legend line defines, and an organisation chart's rows
/// of unit boxes.
@Suite("Legends, plan marks and organisation-chart boxes")
struct LegendMarksAndOrgBoxesTests {
    typealias T = HiringTimelineTests

    /// `T.chart` with no names at the lines' ends and a legend over the plot, left to right.
    static func legendChart(_ legend: [String]) -> [TextLine] {
        T.chart(T.labels, names: []) + legend.enumerated().map { k, name in HiringSplitFiguresTests.line(name, x: 100 + 40 * Double(k), y: 120) }
    }

    @Test("A line chart of three series a legend names, in the order they stand: read like one named at the line ends")
    func legendSeries() {
        let record = NamedSeriesChart.parse(Self.legendChart(["計", "事務系", "技術系"]), page: 1)
        #expect(HiringParserTests.read(record) == ["2023 11/3 6/2 5/1", "2024 12/4 7/3 5/1", "2025 14/5 8/4 6/1", "2026p 15/6 9/4 6/2"])
        // A legend in another order names other lines: 計 is then no sum, and nothing is read.
        #expect(NamedSeriesChart.parse(Self.legendChart(["事務系", "計", "技術系"]), page: 1) == nil)
    }

    @Test("A year label ending in a mark that a legend line under the table defines as planned is planned")
    func markedPlan() {
        let rows = [["年度", "事務系", "技術系", "合計"], ["R6年度", "3（1）", "2（1）", "5（2）"], ["R7年度", "4（2）", "2（0）", "6（2）"], ["R8年度★", "4", "3", "7"]]
        let record = HiringParser().parse(HiringLayoutsTests.part(rows, header: 1, note: "★…採用予定数（女性の内訳は未定）"))
        #expect(record?.rows.map(\.planned) == [false, false, true])
        // A legend naming something else, or naming a year (a note's business), defines no plan.
        #expect(MarkedPlanLabels.plannedMark("★…新設の区分") == nil)
        #expect(MarkedPlanLabels.plannedMark("★は令和8年度の採用予定数") == nil)
        #expect(MarkedPlanLabels.year(of: "R8年度★", marks: ["★"]) == 2026)
    }

    /// A table of unit boxes: names over `事務 n　技術 n` lines.
    static func boxes(_ rows: [[String]], y: Double) -> (page: Int, block: Block) {
        let part = HiringParserTests.part(rows, header: 0)
        var (page, block) = part.blocks[0]
        block.box = Rect(x0: block.box.x0, y0: block.box.y0 + y, x1: block.box.x1, y1: block.box.y1 + y)
        return (page, block)
    }

    @Test("Organisation-chart boxes: `事務 3　技術 －` under each unit, two rows of boxes, a unit's note mark dropped")
    func orgChartBoxes() {
        #expect(BulletedAssignments.trackCounts("事務 3　技術 －").map { "\($0.administrative) \($0.technical)" } == "3 0")
        #expect(BulletedAssignments.trackCounts("事務 3　事務 1") == nil)
        let blocks = [
            Self.boxes([["総務部", "経営企画部"], ["事務 3　技術 －", "事務 3　技術 1"]], y: 0),
            Self.boxes([["備蓄事業本部※2", "鉱害防止事業部"], ["事務 2　技術 2", "事務 1　技術 2"]], y: 80),
        ]
        let rows = CountsUnderUnits.rows(from: 0, in: blocks)
        #expect(rows?.map { "\($0.unit) \($0.administrative) \($0.technical)" } == ["総務部 3 0", "経営企画部 3 1", "備蓄事業本部 2 2", "鉱害防止事業部 1 2"])
    }
}
