import Testing

@testable import BrochureKit

/// Hiring grids that print no head count or no total: 男/女 rows, one table per track, and
/// labels naming the month of the intake.
@Suite("Hiring grids without printed totals")
struct HiringGridsTests {
    typealias H = HiringParserTests

    @Test("A label naming the intake month (令和3年4月採用) is that April's fiscal year; January's is the year before")
    func intakeMonthLabels() {
        #expect(YearLabel("令和3年4月採用")?.fiscalYear == 2021)
        #expect(YearLabel("令和７年４月採用（予定）").map { [$0.fiscalYear, $0.planned ? 1 : 0] } == [2025, 1])
        #expect(YearLabel("2022年1月入省")?.fiscalYear == 2021)
        #expect(YearLabel("令和7年4月1日現在") == nil)
    }

    @Test("A caption that names a year (令和6年度採用者の配属先) is no year label")
    func captionIsNoLabel() {
        #expect(YearLabel("令和6年度採用者の配属先") == nil)
        #expect(YearLabel("令和6年度採用")?.fiscalYear == 2024)
    }

    @Test("Years across, each track a 男 row and a 女 row under one cell: heads are their sum, women the 女 row")
    func menAndWomenRows() {
        let record = HiringParser().parse(H.part([
            ["区分", "", "令和5年4月採用", "令和6年4月採用（予定）"],
            ["事務系", "男", "３", "４"], ["", "女", "２", "２"],
            ["技術系", "男", "９", "１０"], ["", "女", "３", "５"],
            ["合計", "男", "１２", "１４"], ["", "女", "５", "７"],
        ], header: 1))
        #expect(H.read(record) == ["2023 17/5 5/2 12/3", "2024p 21/7 6/2 15/5"])
    }

    @Test("Two tables side by side, one per track under its caption, each its own years: no total printed, so it is their sum")
    func tablesPerTrack() {
        let record = HiringParser().parse(H.part([
            ["事務系（行政）", "", "", "技術系（森林）", "", ""],
            ["年度", "採用者数", "うち女性", "年度", "採用者数", "うち女性"],
            ["R5年度", "7", "4", "R5年度", "8", "3"],
            ["R6年度（予定）", "6", "3", "R6年度（予定）", "11", "4"],
        ], header: 2))
        #expect(H.read(record) == ["2023 15/7 7/4 8/3", "2024p 17/7 6/3 11/4"])
    }

    @Test("A table of the two tracks without a total column gets their sum as its total")
    func synthesisedTotal() {
        let record = HiringParser().parse(H.part([
            ["年度", "事務系", "技術系"], ["R5", "10（4）", "3（1）"], ["R6", "12（5）", "2"],
        ], header: 1))
        #expect(record?.rows.map { $0.total } == [CountWithWomen(count: 13, women: 5), CountWithWomen(count: 14, women: nil)])
    }
}

/// A women's column that prints shares instead of numbers.
@Suite("Women as a share")
struct WomenCellTests {
    @Test(arguments: [
        ("25.0%", 12, 3 as Int?), ("45.5%", 11, 5), ("46.2%", 13, 6), ("４０％", 5, 2), ("33.3%", 3, 1), ("0.0%", 4, 0),
        ("30.0%", 7, nil), ("25%", 7, nil), ("－", 12, nil), ("3", 12, 3), ("３名", 12, 3), ("120%", 5, nil),
    ])
    func share(_ text: String, _ count: Int, _ women: Int?) {
        #expect(WomenCell.women(in: text, count: count) == women)
    }

    @Test("A table with a 女性比率 column beside each count gives the women those shares are, never the digits of the share")
    func sharesBesideCounts() {
        typealias H = HiringParserTests
        let record = HiringParser().parse(H.part([
            ["年度", "事務系", "女性比率", "技術系", "女性比率", "合計", "女性比率"],
            ["令和5年度", "11人", "45.5%", "4人", "25.0%", "15人", "40.0%"],
            ["令和6年度", "13人", "46.2%", "5人", "40.0%", "18人", "44.4%"],
            ["令和7年度（予定）", "12人", "－", "5人", "－", "17人", "－"],
        ], header: 1))
        #expect(H.read(record) == ["2023 15/6 11/5 4/1", "2024 18/8 13/6 5/2", "2025p 17/- 12/- 5/-"])
    }
}
