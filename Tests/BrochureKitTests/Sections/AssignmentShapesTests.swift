import Testing

@testable import BrochureKit

/// Assignment shapes of holdout13: a matrix of units across wrapped into stacked blocks, an
/// organisation chart's row of boxes, and cohorts named where the prose reader missed them.
@Suite("Assignment shapes")
struct AssignmentShapesTests {
    static let read = AssignmentsParserTests.read

    @Test("Units across in two stacked blocks, each under the header again (部・課), are all read turned")
    func stackedBlocks() {
        let record = AssignmentsParser().parse(Self.part(
            ["R7年度採用者の配属先"],
            [["部・課", "総務企画部総務課", "総務企画部企画課", "総務企画部情報システム室"], ["事務系", "1", "1", "－"], ["技術系", "－", "－", "1"],
             ["部・課", "監督調査部監督総括課", "規制監督部技術監督課", ""], ["事務系", "1", "－", ""], ["技術系", "－", "2", ""]]))
        #expect(Self.read(record) == [
            "総務企画部総務課 1 0", "総務企画部企画課 1 0", "総務企画部情報システム室 0 1", "監督調査部監督総括課 1 0", "規制監督部技術監督課 0 2",
        ])
        // Blocks listing other tracks are no one matrix.
        let mixed = AssignmentsParserTests.part(lines: [], rows: [["区分", "総務課", "企画課"], ["事務系", "1", "1"], ["技術系", "－", "－"],
                                                                    ["区分", "人事課", "会計課"], ["技術系", "1", "1"]])
        #expect(TracksDown.turned(mixed.blocks[0].block.table!) == nil)
    }

    @Test("A row of boxes, each a unit (perhaps on two rows) over a count naming its track in kanji, gives one row per box")
    func countsUnderUnits() {
        let record = AssignmentsParser().parse(Self.part(
            ["令和七年度採用者の配属先（令和七年四月一日現在）", "運輸安全委員会事務局"],
            [["総務課", "参事官付", "首席航空事故", "横浜事務所"], ["", "", "調査官付", ""], ["事務系　一名", "事務系　一名", "技術系　二名", "技術系　十二名"]]))
        #expect(Self.read(record) == ["総務課 1 0", "参事官付 1 0", "首席航空事故調査官付 0 2", "横浜事務所 0 12"])
        #expect(record?.cohortFiscalYear == 2025)
        #expect(BulletedAssignments.trackCounts("二名（技術系）").map { [$0.administrative, $0.technical] } == [0, 2])
        #expect(BulletedAssignments.trackCounts("事務系一名・技術系二十名").map { [$0.administrative, $0.technical] } == [1, 20])
    }

    @Test("A cohort named in a title row the table took in above its header; a gloss before the prose's cohort is no era")
    func cohortInTitleRowAndAfterGloss() {
        let record = AssignmentsParser().parse(Self.part(
            [], [["2025年度採用者の配属先", "", "", "2026年度試験区分別の採用予定数"], ["配属先", "事務系", "技術系", "区分"], ["総務課", "1", "1", ""],
                 ["審査総括室", "1", "－", "事務系"]]))
        #expect(Self.read(record) == ["総務課 1 1", "審査総括室 1 0"])
        #expect(record?.cohortFiscalYear == 2025)
        let glossed = AssignmentsParser().parse(Self.part(["PLACEMENT", "R7年度採用者の配属先"], [["配属先", "事務系", "技術系"], ["総務課", "1", "1"]]))
        #expect(glossed?.cohortFiscalYear == 2025)
    }

    @Test("A list's tail read into the section before it (the next column's top) goes back to the assignments list; a table's section keeps its own")
    func strandedEntries() {
        func block(_ lines: [String], y: Double) -> (page: Int, block: Block) {
            let text = lines.enumerated().map { i, text in
                TextLine(text: text, box: Rect(x0: 315, y0: y + 14 * Double(i), x1: 315 + 8.5 * Double(text.count), y1: y + 8.5 + 14 * Double(i)),
                         fontSize: 8.5, isBold: false, orientation: .horizontal)
            }
            return (1, Block(kind: .list, box: Rect.enclosing(text.map(\.box))!, lines: text))
        }
        var hiring = HiringParserTests.part([["年度", "事務系", "技術系"], ["令和6年度", "5", "2"]], header: 0)
        hiring.blocks += [block(["・調査第二部第一課　１名（事務系）", "・調査第二部第二課　１名（技術系）"], y: 361),
                          block(["・東京公安調査局　１名（事務系）", "※公安調査局は全国8か所に置かれた地方支分部局です。"], y: 391)]
        var assignments = Self.part(["令和6年度採用者の配属先"], [["・総務部総務課", "２名（事務系）"], ["・総務部人事課", "１名（事務系）"]])
        let parts = StrandedEntries.gathered([hiring, assignments])
        #expect(parts[0].blocks.count == 1)
        #expect(Self.read(AssignmentsParser().parse(parts[1])) == [
            "総務部総務課 2 0", "総務部人事課 1 0", "調査第二部第一課 1 0", "調査第二部第二課 0 1", "東京公安調査局 1 0",
        ])
        // Under a table with a header naming the tracks, no entry elsewhere is the list's.
        assignments = Self.part([], [["配属先", "事務系", "技術系"], ["総務課", "1", "1"]])
        #expect(StrandedEntries.gathered([hiring, assignments])[0].blocks.count == 3)
    }
}

extension AssignmentShapesTests {
    /// `AssignmentsParserTests.part` with its arguments unlabelled.
    static func part(_ lines: [String], _ rows: [[String]]) -> SectionSegmenter.Part {
        AssignmentsParserTests.part(lines: lines, rows: rows)
    }
}
