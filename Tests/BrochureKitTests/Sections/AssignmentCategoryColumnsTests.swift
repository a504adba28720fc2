import Testing

@testable import BrochureKit

/// An assignment table whose technical track is split into categories with no subtotal
/// (`技術系` over `土木 | 建築 | 電気・機械`): the shape of holdout94's chubu-seibi p1.
@Suite("Assignments: a track's categories summed")
struct AssignmentCategoryColumnsTests {
    typealias L = LooseLayoutsTests

    static func read(_ subLabels: [String]) -> [String] {
        var table = JobTitleTracksTests.table([
            ["配属先", "事務系", "", "技術系", ""],
            ["", ""] + subLabels,
            ["総務部", "5", "－", "－", "－"],
            ["企画部", "3", "2", "－", "1"],
            ["営繕部", "1", "－", "4", "2"],
        ])
        table.block.table?.headerRowCount = 2
        let record = AssignmentsParser().parse(L.part(.assignments, "配属実績", [table]))
        return record?.rows.map { "\($0.unit) \($0.administrative) \($0.technical)" } ?? []
    }

    @Test("Each unit's technical count is the sum of its categories")
    func summed() {
        #expect(Self.read(["土木", "建築", "電気・機械"]) == ["総務部 5 0", "企画部 3 3", "営繕部 1 6"])
    }

    @Test("A track whose categories close with its subtotal is read by that subtotal, not summed here")
    func subtotalLeft() {
        var table = JobTitleTracksTests.table([
            ["配属先", "事務系", "", "技術系", ""], ["", "", "土木", "建築", "計"], ["営繕部", "1", "2", "4", "6"], ["企画部", "3", "2", "－", "2"],
        ])
        table.block.table?.headerRowCount = 2
        #expect(AssignmentCategoryColumns.summed(table.block.table!) == nil)
    }

    @Test("Cohorts, plan and actual, or sexes under a track are no categories to add", arguments: [
        ["令和元年度", "令和2年度", "令和3年度"], ["予定", "実績", "見込"], ["男性", "女性", "うち女性"],
    ])
    func notSummed(subLabels: [String]) {
        #expect(!Self.read(subLabels).contains("営繕部 1 6"))
        #expect(AssignmentCategoryColumns.kind(subLabels[0]) == nil)
    }
}
