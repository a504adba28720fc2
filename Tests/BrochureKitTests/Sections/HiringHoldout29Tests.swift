import Testing

@testable import BrochureKit

/// Hiring shapes of the twenty-ninth blind set: years across, each year's cell spanning a
/// group of track sub-columns (`令和3年度` over `事務 | 技術 | 計`), rows `採用者数` / `うち女性`.
@Suite("Hiring: years spanning groups of track sub-columns")
struct HiringHoldout29Tests {
    typealias H = HiringParserTests

    @Test("Each year over its own group of 事務 | 技術 | 計, wherever in the group its cell sits")
    func yearGroups() {
        // The first year's label over the middle of its group, the second's over its first
        // column, the planned year's over its last; its women not known yet (`－`).
        let record = HiringParser().parse(H.part([
            ["区分", "", "令和6年度", "", "令和7年度", "", "", "", "", "令和8年度（予定）"],
            ["", "事務", "技術", "計", "事務", "技術", "計", "事務", "技術", "計"],
            ["採用者数", "68", "24", "92", "72", "27", "99", "76", "28", "104"],
            ["うち女性", "31", "6", "37", "35", "8", "43", "－", "－", "－"],
        ], header: 2))
        #expect(H.read(record) == ["2024 92/37 68/31 24/6", "2025 99/43 72/35 27/8", "2026p 104/- 76/- 28/-"])
    }

    @Test("Without a women's row the counts alone are read")
    func yearGroupsWithoutWomen() {
        let record = HiringParser().parse(H.part([
            ["区分", "令和6年度", "", "令和7年度", ""],
            ["", "事務", "技術", "事務", "技術"],
            ["採用者数", "68", "24", "72", "27"],
        ], header: 2))
        #expect(H.read(record) == ["2024 92/- 68/- 24/-", "2025 99/- 72/- 27/-"])
    }

    @Test("Groups that do not repeat the same tracks once per year are no year groups")
    func notYearGroups() {
        let table = H.part([
            ["区分", "", "令和6年度", "", "令和7年度", ""],
            ["", "事務", "技術", "計", "事務", "技術"],
            ["採用者数", "68", "24", "92", "72", "27"],
        ], header: 2).blocks[0].block.table!
        #expect(YearGroupColumns.groups(table, header: 0, years: YearLabel.carryingEra(table.rows[0].map(\.text))) == nil)
        // A year set over another year's group is no group of its own.
        let shifted = H.part([
            ["区分", "", "", "", "令和6年度", "令和7年度", ""],
            ["", "事務", "技術", "計", "事務", "技術", "計"],
            ["採用者数", "68", "24", "92", "72", "27", "99"],
        ], header: 2).blocks[0].block.table!
        #expect(YearGroupColumns.groups(shifted, header: 0, years: YearLabel.carryingEra(shifted.rows[0].map(\.text))) == nil)
    }

    @Test("Counts and women as two tables side by side read as one, years down each, a 5年間計 row no year")
    func countsBesideWomen() {
        let record = HiringParser().parse(H.part([
            ["採用者数（人）", "", "", "", "うち女性（人）", "", "", ""],
            ["年度", "事務系", "技術系", "計", "年度", "事務系", "技術系", "計"],
            ["令和6年度", "110", "63", "173", "令和6年度", "55", "17", "72"],
            ["令和7年度", "101", "70", "171", "令和7年度", "52", "21", "73"],
            ["5年間計", "508", "318", "826", "5年間計", "246", "85", "331"],
            ["令和8年度（予定）", "108", "72", "180", "令和8年度（予定）", "－", "－", "－"],
        ], header: 2))
        #expect(H.read(record) == ["2024 173/72 110/55 63/17", "2025 171/73 101/52 70/21", "2026p 180/- 108/- 72/-"])
    }
}
