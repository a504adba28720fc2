import Testing

@testable import BrochureKit

/// Assignments from a table whose first column numbers its rows (`No.`), and
/// runs of `unit N名` per track written inside a paragraph (`事務職は、…、技術職は、…です。`).
@Suite("Assignment serial columns and sentence runs")
struct SerialColumnAndSentenceRunTests {
    static let read = AssignmentsParserTests.read
    static let block = ProseAssignmentsTests.block

    @Test("A first column headed No. (or numbering the rows 1, 2, 3 …) is no unit: the unit is the column after it")
    func serialColumn() throws {
        let headed = AssignmentsParser().parse(AssignmentsParserTests.part(lines: ["配属実績（令和7年度採用者）"], rows: [
            ["No.", "配属先", "事務職", "技術職"], ["1", "内閣総務官室", "2", "－"], ["2", "国家安全保障局", "1", "1"], ["3", "内閣人事局", "－", "3"],
        ]))
        #expect(Self.read(headed) == ["内閣総務官室 2 0", "国家安全保障局 1 1", "内閣人事局 0 3"])
        #expect(headed?.cohortFiscalYear == 2025)
        // Under a header naming nothing over it, the figures 1, 2, 3 … down the rows tell it.
        let unheaded = AssignmentsParser().parse(AssignmentsParserTests.part(lines: [], rows: [
            ["", "配属先", "事務系", "技術系"], ["1", "総務部", "2", ""], ["2", "建設部", "", "4"], ["3", "会計局", "1", ""],
        ]))
        #expect(Self.read(unheaded) == ["総務部 2 0", "建設部 0 4", "会計局 1 0"])
        // Headed `番号`, a column is serial whatever its first figure (a table continued from 7).
        let continued = AssignmentSplitTablesTests.grid([["番号", "配属先", "事務系", "技術系"], ["7", "総務課", "2", ""], ["8", "人事課", "1", ""]], top: 100)
        #expect(SerialColumn.isSerial(continued.table!, header: 0))
        // A header cell spanning the numbers and the names (`配属先` over both) heads the units: nothing is dropped.
        var spanned = try #require(AssignmentSplitTablesTests.grid([["配属先", "", "事務系", "技術系"], ["1", "総務部", "2", ""], ["2", "人事部", "1", ""], ["3", "会計局", "", "1"]], top: 100).table)
        spanned.rows[0][0].columnSpan = 2
        #expect(SerialColumn.dropped(spanned, header: 0, roles: [.unit, .unknown, .administrative, .technical]) == nil)
        // A group column (a 部 over its 課) is no serial column: its name stays with each unit.
        let grid = AssignmentSplitTablesTests.grid([["部", "課", "事務系", "技術系"], ["1", "総務課", "2", ""], ["3", "人事課", "1", ""], ["2", "会計課", "1", ""]], top: 100)
        #expect(SerialColumn.isSerial(grid.table!, header: 0) == false)
    }

    @Test("Runs of `unit N名` after `事務職は、` and `技術職は、` in a paragraph whose lines break inside names: a unit in both runs is one row")
    func sentenceRuns() throws {
        let paragraph = Self.block([
            "2025年度に採用した職員は、次の部局に配属されました。事務職は、総務部 6名、ふるさ",
            "と振興部 4名、保健福祉部 11名、教育委員会事務局 4名、技術職は、保健福祉",
            "部 2名、県土整備部 13名です。広域振興局は県内4か所にあります。",
        ], 40, 100)
        let record = try #require(AssignmentsParser().parse(AssignmentSplitTablesTests.part([paragraph])))
        #expect(Self.read(record) == ["総務部 6 0", "ふるさと振興部 4 0", "保健福祉部 11 2", "教育委員会事務局 4 0", "県土整備部 0 13"])
        #expect(record.cohortFiscalYear == 2025)
        // A run with a piece that is no `unit N名` item (a sentence saying 事務職は、…) is none.
        #expect(SentenceRunAssignments.rows(in: [Self.block(["事務職は、総務部 6名、その他の部局に配属されます。技術職は、県土整備部 3名です。"], 40, 100)]) == nil)
        // A name merely holding a track word (`事務局は、`) opens no run.
        #expect(SentenceRunAssignments.rows(in: [Self.block(["事務局は、総務部 6名、会計局 2名です。"], 40, 100)]) == nil)
        // A single item is too little to read as the section's rows.
        #expect(SentenceRunAssignments.rows(in: [Self.block(["事務職は、総務部 6名です。"], 40, 100)]) == nil)
        // `2025年度に採用した職員` names the cohort in a clause.
        #expect(AssignmentsParser.cohortYear(in: "令和7年度に採用した職員の配属先") == 2025)
    }
}
