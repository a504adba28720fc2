import Testing

@testable import BrochureKit

/// A 職種別 hiring table (categories down the side, years across) whose track figures are its
/// subtotal rows, not a category row named with the track's word.
@Suite("Hiring: subtotal rows of a table by job category")
struct HiringSubtotalRowsTests {
    typealias H = HiringParserTests

    @Test("`事務系 計` carries the administrative track, not the category `学校事務` above it")
    func subtotalOverCategory() {
        let part = H.part([
            ["職種", "年度", "R3年度", "R4年度", "R5年度（予定）"],
            ["行政", "", "52", "55", "58"],
            ["学校事務", "", "8", "8", "9"],
            ["事務系 計", "", "60（33）", "63（36）", "67"],
            ["土木", "", "30", "32", "31"],
            ["技術系 計", "", "30（9）", "32（11）", "31"],
            ["合計", "", "90（42）", "95（47）", "98"],
        ], header: 1)
        #expect(H.read(HiringParser().parse(part)) == ["2021 90/42 60/33 30/9", "2022 95/47 63/36 32/11", "2023p 98/- 67/- 31/-"])
    }

    @Test("A role held by one row, or by rows with no sum among them, is left as it was")
    func withoutSubtotal() {
        let roles: [ColumnRole] = [.administrative, .administrative, .technical]
        #expect(SubtotalRows.preferred(roles, labels: ["事務系A", "事務系B", "技術系"]) == roles)
        #expect(SubtotalRows.preferred(roles, labels: ["学校事務", "事務系小計", "技術系"]) == [.unknown, .administrative, .technical])
        #expect(!SubtotalRows.isSubtotal("公会計事務"))
    }
}
