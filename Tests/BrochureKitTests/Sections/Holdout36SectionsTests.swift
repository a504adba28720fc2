import Testing

@testable import BrochureKit

/// Shapes of the thirty-sixth blind set: a two-level list under `■部` headings with both
/// tracks in one count string, a track's counts split over two columns, support cards with
/// the period beside each name, and a tram stop after its `…電車`.
@Suite("Holdout 36: heading groups, split count columns, periods beside cards, tram stops")
struct Holdout36SectionsTests {
    typealias A = AssignmentsParserTests
    typealias L = LooseLayoutsTests

    @Test("Both tracks in one count string, each count before its track in brackets")
    func countThenTrackPairs() {
        #expect(BulletedAssignments.trackCounts("3名（事務）・12名（技術）").map { [$0.administrative, $0.technical] } == [3, 12])
        #expect(BulletedAssignments.trackCounts("５名（技術）").map { [$0.administrative, $0.technical] } == [0, 5])
        #expect(BulletedAssignments.trackCounts("3名（事務）・12名") == nil)
    }

    @Test("The 課 under a ■部 heading are units by their own names, unless two would share one")
    func headingGroups() {
        let list = AssignmentGroupsTests.block([
            ("■総務部", 38), ("人事課 4名（事務）", 52), ("■土木部", 38), ("道路課 3名（事務）・12名（技術）", 52),
        ])
        #expect(BulletedAssignments.rows(in: [list]).map { A.read(AssignmentRecord(cohortFiscalYear: nil, asOf: nil, rows: $0, page: 1)) }
            == ["人事課 4 0", "道路課 3 12"])
        // Two 総務課 under two headings keep their headings; a bulleted group stays in the name.
        let twice = AssignmentGroupsTests.block([
            ("■総務部", 38), ("総務課 4名（事務）", 52), ("■土木部", 38), ("総務課 2名（技術）", 52), ("●厚生部", 38), ("医務課 1名（事務）", 52),
        ])
        #expect(BulletedAssignments.rows(in: [twice])?.map(\.unit) == ["総務部総務課", "土木部総務課", "厚生部医務課"])
    }

    @Test("A track's counts split over a headless column beside it are one column again")
    func splitTrackColumn() {
        var part = A.part(lines: ["2025年度採用者の配属先"], rows: [
            ["配属先", "事務系", "技術系", ""], ["戦略研究推進部", "3", "", "2"], ["情報基盤事業部", "－", "", "3"], ["国際部", "2", "－", ""],
        ])
        let index = part.blocks.indices.first { part.blocks[$0].block.table != nil }!
        var table = part.blocks[index].block.table!
        // Right-aligned: the dashes end where the digits of the headless column end.
        for r in 1..<table.rows.count {
            for c in 1...3 where table.rows[r][c].box != nil { table.rows[r][c].box!.x1 = 265 }
        }
        part.blocks[index].block.table = table
        #expect(A.read(AssignmentsParser().parse(part)) == ["戦略研究推進部 3 2", "情報基盤事業部 0 3", "国際部 2 0"])
        // Cells ending apart are two columns: nothing is joined.
        table.rows[3][2].box!.x1 = 230
        #expect(SplitTrackColumn.joined(table) == nil)
    }

    @Test("Cards side by side, each with its period in a column of its own beside its name")
    func periodsBesideCards() {
        let xs: [ClosedRange<Double>] = [36...148, 168...194, 214...319, 343...376, 392...505, 528...548]
        let texts = [
            ["育児休業", "", "育児短時間勤務", "", "子の看護休暇", ""],
            ["", "３歳まで", "", "就学前まで", "", "年５日"],
            ["取得率は８割です。", "", "短縮して働けます。", "", "２人以上なら年１０日です。", ""],
        ]
        let rows = texts.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: xs[c].lowerBound, y0: 64 + 9 * Double(r), x1: xs[c].upperBound, y1: 72 + 9 * Double(r)))
            }
        }
        let table = Table(box: Rect(x0: 36, y0: 64, x1: 548, y1: 90), columns: xs, rows: rows, headerRowCount: 0)
        let items = TableItems.items(in: table, page: 2)
        #expect(items.map(\.title) == ["育児休業", "育児短時間勤務", "子の看護休暇"])
        #expect(items.map { SupportSystem.splitPeriod($0.spacedTitle).period } == ["3歳まで", "就学前まで", "年5日"])
        #expect(items.map(\.text) == ["取得率は8割です。", "短縮して働けます。", "2人以上なら年10日です。"])
    }

    @Test("A tram stop after its line named a …電車 is the route's station")
    func tramStop() {
        let lines = ["富山地方鉄道市内電車県庁前電停から徒歩約1分"]
        #expect(BareStation.find(in: lines).map { String(lines[$0.line][$0.range]) } == "県庁前")
    }
}
