import Testing

@testable import BrochureKit

/// Assignment tables with two cohorts side by side under a merged header, and unit names
/// carrying a footnote mark.
@Suite("Assignments: cohorts side by side, marked unit names")
struct AssignmentCohortsAndMarksTests {
    typealias A = AssignmentsParserTests

    /// `配属先` over both header rows, each cohort's label spanning its `事務系 | 技術系` pair.
    static func twoCohorts() -> SectionSegmenter.Part {
        var part = A.part(lines: ["令和6年度・令和7年度採用者の配属先（各年度4月1日現在、単位：人）"], rows: [
            ["配属先", "令和6年度採用者", "", "令和7年度採用者", ""],
            ["", "事務系", "技術系", "事務系", "技術系"],
            ["総務部", "13", "1", "14", "1"],
            ["健康福祉部", "19", "2", "20", "3"],
            ["商工労働部", "9", "－", "9", "－"],
            ["計", "41", "3", "43", "4"],
        ])
        // The cohort labels span their pairs, as the layout reads a merged header cell.
        if let k = part.blocks.firstIndex(where: { $0.block.table != nil }), var table = part.blocks[k].block.table {
            for c in [1, 3] { table.rows[0][c].columnSpan = 2 }
            part.blocks[k].block.table = table
        }
        return part
    }

    @Test("Two cohorts side by side: the later (right-hand) pair is read")
    func latestCohort() {
        let record = AssignmentsParser().parse(Self.twoCohorts())
        #expect(A.read(record) == ["総務部 14 1", "健康福祉部 20 3", "商工労働部 9 0"])
        #expect(record?.cohortFiscalYear == 2025)
    }

    @Test("One cohort named over both tracks leaves the columns as they were")
    func oneCohort() {
        let roles: [ColumnRole] = [.unit, .administrative, .technical]
        let table = Table(
            box: Rect(x0: 0, y0: 0, x1: 300, y1: 40), columns: [0...50, 100...150, 200...250],
            rows: [
                [Table.Cell(text: "", box: nil), Table.Cell(text: "令和7年度採用者", box: Rect(x0: 100, y0: 0, x1: 250, y1: 9), columnSpan: 2), Table.Cell(text: "", box: nil)],
                ["配属先", "事務系", "技術系"].map { Table.Cell(text: $0, box: nil) },
            ], headerRowCount: 2)
        #expect(LatestCohortColumns.roles(roles, table: table, header: 1) == roles)
    }

    @Test("A footnote mark glued to a unit's name is dropped, the count kept")
    func markedUnit() {
        let record = AssignmentsParser().parse(A.part(
            lines: [], rows: [["配属先", "事務系", "技術系"], ["総務局", "6名", "2名"], ["各区役所＊", "36名", "3名"]]))
        #expect(A.read(record) == ["総務局 6 2", "各区役所 36 3"])
        #expect(UnitNoteMark.stripped("出先機関※1") == "出先機関")
        #expect(UnitNoteMark.stripped("本庁(注2)") == "本庁")
        #expect(UnitNoteMark.stripped("契約発注") == "契約発注")
        #expect(UnitNoteMark.stripped("第2課") == "第2課")
        #expect(UnitNoteMark.stripped("総務部(本庁)") == "総務部(本庁)")
    }
}
