import Testing

@testable import BrochureKit

/// Year labels printed as the months a fiscal year runs (`2021.4～2022.3`), the shape of
/// holdout94's kantoshinetsu hiring table.
@Suite("Year labels: a fiscal year as its twelve months")
struct FiscalPeriodLabelTests {
    @Test("A period from April to March a year on is the fiscal year it opens", arguments: [
        ("2021.4～2022.3", 2021, false), ("2026.4～2027.3（予定）", 2026, true), ("2021年4月～2022年3月", 2021, false),
        ("令和3.4～令和4.3", 2021, false), ("2024.04〜2025.03", 2024, false),
    ])
    func period(label: String, year: Int, planned: Bool) throws {
        let read = try #require(YearLabel(label))
        #expect(read.fiscalYear == year)
        #expect(read.planned == planned)
    }

    @Test("Spans of several years, months inside one year, or a period not opening in April name no row's year", arguments: [
        "2021.4～2024.3", "2021.4～2021.9", "2021.10～2022.9", "2021.4～2022.4", "2021.5～2022.3",
    ])
    func notAYear(label: String) {
        #expect(YearLabel.fiscalPeriod(Normalized.compact(label)) == nil)
    }

    @Test("A table of hires by period reads each period as its fiscal year")
    func table() throws {
        let rows = [["採用年度", "事務系", "技術系", "計"], ["2021.4～2022.3", "15（7）", "2（1）", "17（8）"], ["2022.4～2023.3", "17（8）", "1（0）", "18（8）"],
            ["2026.4～2027.3（予定）", "18", "2", "20"]]
        let record = try #require(HiringParser().parse(LooseLayoutsTests.part(.hiring, "採用実績", [JobTitleTracksTests.table(rows)])))
        #expect(HiringParserTests.read(record) == ["2021 17/8 15/7 2/1", "2022 18/8 17/8 1/0", "2026p 20/- 18/- 2/-"])
    }
}
