import Testing

@testable import BrochureKit

/// Hiring printed without a table: a list of one line per year, a line chart whose figures are
/// only point labels, and the words and notes that say a year is planned.
@Suite("Hiring lists and line charts")
struct HiringListsAndLineChartsTests {
    /// A section made of `lines`, each a paragraph of its own on page 1.
    static func part(_ lines: [TextLine]) -> SectionSegmenter.Part {
        var part = HiringParserTests.part([["採用実績"]], header: 0)
        part.blocks = lines.map { (1, Block(kind: .paragraph, box: $0.box, lines: [$0])) }
        return part
    }

    /// A list line broken into its label, its tracks and its total, set apart on one baseline.
    static func list(_ rows: [[String]]) -> [TextLine] {
        rows.enumerated().flatMap { i, pieces in
            zip([52.0, 166, 406], pieces).map { x, text in HiringSplitFiguresTests.line(text, x: x, y: 100 + 16 * Double(i)) }
        }
    }

    static let listed = [
        ["●令和5年度", "事務系3名（うち女性1名）・技術系1名", "計4名（うち女性1名）"],
        ["●令和6年度", "事務系2名（うち女性2名）・技術系1名（うち女性1名）", "計3名（うち女性3名）"],
        ["●令和7年度", "事務系3名（うち女性1名）・技術系0名", "計3名（うち女性1名）"],
        ["○令和8年度（予定）", "事務系3名（うち女性2名）・技術系1名", "計4名（うち女性2名）"],
    ]

    @Test("A list of one line per year, its pieces apart on one baseline: counts after the label, women only where there are any")
    func listLines() {
        let expected = ["2023 4/1 3/1 1/0", "2024 3/3 2/2 1/1", "2025 3/1 3/1 0/0", "2026p 4/2 3/2 1/0"]
        #expect(HiringParserTests.read(HiringParser().parse(Self.part(Self.list(Self.listed)))) == expected)
        // Without the totals (set in another column the section does not hold): their sums.
        #expect(HiringParserTests.read(HiringParser().parse(Self.part(Self.list(Self.listed.map { Array($0.prefix(2)) }))))
            == expected)
        // A total that is not the sum: not the list it seems.
        var wrong = Self.listed
        wrong[1][2] = "計5名（うち女性3名）"
        #expect(HiringListLines.parse(Self.list(wrong), page: 1) == nil)
        // Two lines are not enough, and prose naming a year and counts is no list line.
        #expect(HiringListLines.parse(Self.list(Array(Self.listed.prefix(2))), page: 1) == nil)
        #expect(HiringListLines.line("令和5年度は事務系3名、技術系1名を採用しました。") == nil)
        #expect(HiringListLines.line("令和5年度 事務系3名") == nil)
    }

    /// A line chart: the legend on the intro's line, 技術系 labels high and 事務系 labels low
    /// (each as high as its figure), the years on one axis row, a row of totals under it.
    static func chart(tech: [String], admin: [String], totals: [String]?, legend: [String] = ["技術系", "事務系"]) -> [TextLine] {
        let line = HiringSplitFiguresTests.line
        var lines = [line("総合職採用者数の推移", 40, 90), line(legend[0], 400, 90), line(legend[1], 460, 90)]
        for i in 0..<5 {
            let x = 100 + 90 * Double(i)
            let height = { (text: String) in Double(text.prefix { $0.isNumber }) ?? 0 }
            lines += [line(tech[i], x + 6, 200 - 10 * height(tech[i])), line(admin[i], x + 6, 290 - 5 * height(admin[i]))]
            lines.append(line("\(2022 + i)年度", x, 300))
            if let totals { lines.append(line(totals[i], x + 6, 315)) }
        }
        if totals != nil { lines.append(line("計", 40, 315)) }
        return lines + [line("※2026年度は採用予定数（白抜きの点）。", 40, 330)]
    }

    static let tech = ["9（2）", "10（3）", "8（2）", "9（4）", "10（3）"]
    static let admin = ["2（1）", "2（0）", "3（1）", "2（1）", "2（1）"]
    static let totals = ["11（3）", "12（3）", "11（3）", "11（5）", "12（4）"]

    @Test("A line chart: two labels in each year's column summing to the totals row, the upper one the legend's first series")
    func lineChart() {
        let record = HiringParser().parse(Self.part(Self.chart(tech: Self.tech, admin: Self.admin, totals: Self.totals)))
        #expect(HiringParserTests.read(record) == ["2022 11/3 2/1 9/2", "2023 12/3 2/0 10/3", "2024 11/3 3/1 8/2", "2025 11/5 2/1 9/4", "2026p 12/4 2/1 10/3"])
        // The legend's first series is the upper one, whichever track it names.
        let swapped = LineChartLabels.parse(Self.chart(tech: Self.tech, admin: Self.admin, totals: Self.totals, legend: ["事務系", "技術系"]), page: 1)
        #expect(swapped?.rows.first?.administrative == CountWithWomen(count: 9, women: 2))
        // A pair that does not make its total, or series that cross, or no totals row: nothing.
        var wrong = Self.totals
        wrong[2] = "12（3）"
        #expect(LineChartLabels.parse(Self.chart(tech: Self.tech, admin: Self.admin, totals: wrong), page: 1) == nil)
        var crossed = Self.admin
        crossed[1] = "11（3）"
        var crossedTotals = Self.totals
        crossedTotals[1] = "21（6）"
        #expect(LineChartLabels.parse(Self.chart(tech: Self.tech, admin: crossed, totals: crossedTotals), page: 1) == nil)
        #expect(LineChartLabels.parse(Self.chart(tech: Self.tech, admin: Self.admin, totals: nil), page: 1) == nil)
    }

    @Test("見込み says planned as 予定 does: in a label, a header over the year, a note")
    func expectedIsPlanned() {
        #expect(YearLabel("令和8年度見込み").map { "\($0.fiscalYear) \($0.label) \($0.planned)" } == "2026 令和8年度 true")
        #expect(YearLabel("R8（見込み）").map { "\($0.label) \($0.planned)" } == "R8 true")
        #expect(PlannedNote.isPlanHeader(["見込み"]))
        #expect(PlannedNote.plannedYears(in: ["※令和8年度は採用見込み数です。"]) == [2026])
        let record = HiringParser().parse(HiringParserTests.part([
            ["年度", "事務系", "技術系", "計"], ["令和6年度", "3（2）", "2（0）", "5（2）"], ["令和7年度", "4（1）", "1（1）", "5（2）"],
            ["令和8年度見込み", "4（2）", "2（1）", "6（3）"],
        ], header: 1))
        #expect(HiringParserTests.read(record) == ["2024 5/2 3/2 2/0", "2025 5/2 4/1 1/1", "2026p 6/3 4/2 2/1"])
    }

    @Test("A note naming the newest year planned marks its bare label; not an older year's, nor a second planned row")
    func noteMarksNewestYear() {
        func row(_ year: Int, planned: Bool = false) -> HiringRecord.Row {
            HiringRecord.Row(fiscalYear: year, label: "\(year)年度", planned: planned, total: nil, administrative: nil, technical: nil)
        }
        #expect(PlannedNote.newestNoted([row(2025), row(2026)], notedPlans: [2026]) == 2026)
        #expect(PlannedNote.newestNoted([row(2025), row(2026)], notedPlans: [2025]) == nil)
        #expect(PlannedNote.newestNoted([row(2025), row(2026, planned: true)], notedPlans: [2026]) == nil)
    }
}
