import Testing

@testable import BrochureKit

/// Hiring tables wrapped into halves the layout read as one grid, and tracks spanning a
/// head-count row and a women's row with years across.
@Suite("Hiring wraps and track sub-rows")
struct HiringWrapsAndSubRowsTests {
    @Test("A header repeated across the grid is a table wrapped into halves: the right half's years follow the left's")
    func repeatedHeaderHalves() {
        let record = HiringParser().parse(HiringParserTests.part([
            ["年度", "事務系", "技術系", "合計", "年度", "事務系", "技術系", "合計"],
            ["令和元年度", "380（205）", "12（3）", "392（208）", "令和3年度", "410（231）", "18（6）", "428（237）"],
            ["令和2年度", "402（220）", "10（2）", "412（222）", "令和4年度（計画）", "450", "24", "474"],
        ], header: 1))
        #expect(HiringParserTests.read(record) == [
            "2019 392/208 380/205 12/3", "2020 412/222 402/220 10/2", "2021 428/237 410/231 18/6", "2022p 474/- 450/- 24/-",
        ])
        // 計画 (the hiring plan) says planned, as 予定 does.
        #expect(YearLabel("令和8年度（計画）")?.planned == true)
        #expect(PlannedNote.plannedYears(in: ["※令和8年度は採用計画数です。"]) == [2026])
        // Two women's columns under different tracks repeat nothing.
        let pairs = HiringParserTests.part([["年度", "人数", "うち女性", "人数", "うち女性"], ["R5", "19", "7", "11", "3"]], header: 1)
        let table = pairs.blocks[0].block.table!
        #expect(RepeatedHeaderHalves.stacked(table) == table)
    }

    @Test("Years across, each track a cell spanning 採用数 / うち女性 rows: the women's row is the track's women")
    func trackWomenRows() {
        let record = HiringParser().parse(HiringParserTests.part([
            ["", "区分", "R6", "R7", "R8（予定）"],
            ["事務系", "採用数", "33", "38", "40"],
            ["", "うち女性", "16", "20", "－"],
            ["技術系", "採用数", "3", "4", "5"],
            ["", "うち女性", "1", "2", "－"],
            ["計", "採用数", "36", "42", "45"],
            ["", "うち女性", "17", "22", "－"],
        ], header: 1))
        #expect(HiringParserTests.read(record) == ["2024 36/17 33/16 3/1", "2025 42/22 38/20 4/2", "2026p 45/- 40/- 5/-"])
        // 男 / 女 rows are the men and the women (`SexSubRows`): the head count is their sum.
        let sexes = HiringParser().parse(HiringParserTests.part([
            ["区分", "", "R6", "R7"], ["事務系", "男", "3", "4"], ["", "女", "2", "3"], ["技術系", "男", "9", "8"], ["", "女", "3", "4"],
        ], header: 1))
        #expect(HiringParserTests.read(sexes) == ["2024 17/5 5/2 12/3", "2025 19/7 7/3 12/4"])
    }
}
