import Testing

@testable import BrochureKit

/// Assignment shapes of the thirty-seventh blind set: a ranked list whose count strings give a
/// unit's total with its split in brackets, behind its rank.
@Suite("Assignments: ranked totals with their split")
struct AssignmentHoldout37Tests {
    typealias A = AssignmentsParserTests
    typealias L = LooseLayoutsTests
    typealias E = ExamCellCountsTests

    @Test("A total with its split in brackets counts each track by the split, a track with none left out")
    func totalWithSplit() {
        #expect(BulletedAssignments.trackCounts("12名（事務4・技術8）").map { [$0.administrative, $0.technical] } == [4, 8])
        #expect(BulletedAssignments.trackCounts("6名（事務6）").map { [$0.administrative, $0.technical] } == [6, 0])
        #expect(BulletedAssignments.trackCounts("3名（技術3）").map { [$0.administrative, $0.technical] } == [0, 3])
        // A split that does not add up to its total is no split.
        #expect(BulletedAssignments.totalWithSplit("12名(事務4・技術7)") == nil)
        #expect(BulletedAssignments.totalWithSplit("2名(事務系)") == nil)
    }

    @Test("A ranked list's rows read as name and count, the rank before them left out")
    func rankedRows() throws {
        let block = E.table([
            ["1", "都市整備局", "12名（事務4・技術8）"],
            ["2", "健康福祉局", "11名（事務10・技術1）"],
            ["3", "市民政策局", "6名（事務6）"],
            ["4", "消防局", "3名（事務2・技術1）"],
        ], xs: [40...52, 60...130, 180...290], y: 100, header: 0)
        let record = try #require(AssignmentsParser().parse(L.part(.assignments, "令和7年度採用者の配属先 TOP10", [block])))
        #expect(A.read(record) == ["都市整備局 4 8", "健康福祉局 10 1", "市民政策局 6 0", "消防局 2 1"])
        #expect(record.cohortFiscalYear == 2025)
    }
}
