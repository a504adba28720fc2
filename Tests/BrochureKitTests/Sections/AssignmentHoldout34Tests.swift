import Testing

@testable import BrochureKit

/// Assignment shapes of the thirty-fourth blind set: a table titled only in its corner cell
/// (`2025年度入社者の配属`), a count carrying a footnote mark (`3＊3`), and an unruled table
/// with `－` for none.
@Suite("Assignments: corner cohort, marked counts")
struct AssignmentHoldout34Tests {
    typealias A = AssignmentsParserTests
    typealias L = LooseLayoutsTests

    static let cornered = ExamHoldout34Tests.table([
        ["2025年度入社者の配属", "事務系", "技術系"], ["住宅融資保険部", "2", "－"], ["証券化支援部", "3", "1"],
        ["ITシステム部", "－", "3＊3"], ["九州支店", "3", "－"],
    ], xs: [330...420, 440...470, 480...514], y0: 348, step: 14, header: 1)

    @Test("The corner cell names the cohort; a footnote mark after a count is no part of it")
    func cornerCohortAndMarkedCount() throws {
        let record = try #require(AssignmentsParser().parse(L.part(.assignments, "新卒採用者数", [Self.cornered])))
        #expect(A.read(record) == ["住宅融資保険部 2 0", "証券化支援部 3 1", "ITシステム部 0 3", "九州支店 3 0"])
        #expect(record.cohortFiscalYear == 2025)
        #expect(AssignmentCountCell.count("3＊3") == 3 && AssignmentCountCell.count("12") == 12 && AssignmentCountCell.count("－") == 0)
        #expect(AssignmentCountCell.count("4※") == 4 && AssignmentCountCell.count("注") == 0)
    }

    @Test("An unruled table with － for none, under its own heading")
    func dashesForNone() throws {
        let table = ExamHoldout34Tests.table([
            ["所属", "事務職", "技術職"], ["総合企画部", "6", "－"], ["琵琶湖環境部", "5", "6"], ["警察本部", "10", "4"],
        ], xs: [313...377, 449...471, 509...531], y0: 443, step: 12.2, header: 1)
        let record = try #require(AssignmentsParser().parse(L.part(.assignments, "2025年度採用者の主な配属先", [table])))
        #expect(A.read(record) == ["総合企画部 6 0", "琵琶湖環境部 5 6", "警察本部 10 4"])
        #expect(record.cohortFiscalYear == 2025)
    }
}
