import Testing

@testable import BrochureKit

/// Hiring shapes of the twentieth blind set: an infographic's row of circles read as a table
/// with no column of labels, each cell opening with its row's label.
@Suite("Hiring: labels inside the cells")
struct HiringHoldout20Tests {
    typealias H = HiringParserTests

    @Test("A row of circles read as a table: no column of labels, the first column a year")
    func labelsInCells() {
        let part = H.part([
            ["令和三年度", "令和四年度", "令和五年度（予定）"],
            ["２８名うち女性７", "３１名うち女性９", "３３名"],
            ["事務系 10（4）", "事務系 11（5）", "事務系 12"],
            ["技術系 18（3）", "技術系 20（4）", "技術系 21"],
        ], header: 1)
        #expect(H.read(HiringParser().parse(part)) == ["2021 28/7 10/4 18/3", "2022 31/9 11/5 20/4", "2023p 33/- 12/- 21/-"])
    }

    @Test("Years printed newest first are given oldest first; rows of one year keep their order")
    func oldestFirst() {
        let rows = [2026, 2025, 2025, 2024].enumerated().map { i, year in
            HiringRecord.Row(fiscalYear: year, label: "\(i)", planned: false, total: nil, administrative: nil, technical: nil)
        }
        #expect(HiringRecord.oldestFirst(rows).map(\.label) == ["3", "1", "2", "0"])
        #expect(HiringRecord.oldestFirst(Array(rows.reversed())).map(\.label) == ["3", "2", "1", "0"])
    }
}
