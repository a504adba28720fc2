import Testing

@testable import BrochureKit

/// A unit named in full when its 部 is printed once above several 課: a band row spanning the
/// table over its indented rows, or a count-less line over an indented bullet list.
@Suite("Assignment groups")
struct AssignmentGroupsTests {
    static let read = AssignmentsParserTests.read

    /// A text block of `lines`, each `(text, x)` on a row of its own 14 points apart.
    static func block(_ lines: [(String, Double)]) -> (page: Int, block: Block) {
        let text = lines.enumerated().map { i, line in
            TextLine(text: line.0, box: Rect(x0: line.1, y0: 100 + 14 * Double(i), x1: line.1 + 9 * Double(line.0.count), y1: 109 + 14 * Double(i)),
                     fontSize: 9, isBold: false, orientation: .horizontal)
        }
        return (1, Block(kind: .list, box: Rect.enclosing(text.map(\.box))!, lines: text))
    }

    @Test("A band row with blank counts over indented rows names their group and is no unit")
    func bandRows() {
        var part = AssignmentsParserTests.part(lines: ["令和7年度採用者の配属先"], rows: [
            ["部署", "事務系", "技術系"], ["総務部", "", ""], ["総務課", "1", "－"], ["人事課", "1", "－"],
            ["統計編成部", "", ""], ["国勢統計課", "2", "1"],
        ])
        let index = part.blocks.indices.first { part.blocks[$0].block.table != nil }!
        var table = part.blocks[index].block.table!
        for r in [2, 3, 5] { table.rows[r][0].box!.x0 += 10 }
        part.blocks[index].block.table = table
        #expect(Self.read(AssignmentsParser().parse(part)) == ["総務部総務課 1 0", "総務部人事課 1 0", "統計編成部国勢統計課 2 1"])
        // Rows not set in under a blank row are units of their own.
        let flat = AssignmentsParserTests.part(lines: [], rows: [["部署", "事務系", "技術系"], ["総務部", "", ""], ["総務課", "1", "－"]])
        #expect(Self.read(AssignmentsParser().parse(flat)) == ["総務部 0 0", "総務課 1 0"])
    }

    @Test("A count-less line over indented bullet entries names their group; `／` parts the tracks")
    func twoLevelBullets() {
        let rows = BulletedAssignments.rows(in: [Self.block([
            ("令和7年度採用者の配属先（令和8年3月現在）", 40), ("●総務部", 40), ("・人事課　事務系2名", 50), ("・経理課　事務系1名", 50),
            ("貨幣部", 40), ("・貨幣課　事務系1名／技術系2名", 50), ("（事務系3名・技術系2名）", 40),
        ])])
        #expect(Self.read(rows.map { AssignmentRecord(cohortFiscalYear: nil, asOf: nil, rows: $0, page: 1) })
            == ["総務部人事課 2 0", "総務部経理課 1 0", "貨幣部貨幣課 1 2"])
        // A title over entries set at its own indent is no group.
        let flat = BulletedAssignments.rows(in: [Self.block([("主な配属先", 40), ("・総務課　２名（事務系）", 40), ("・人事課　１名（技術系）", 40)])])
        #expect(flat?.map(\.unit) == ["総務課", "人事課"])
    }

    @Test("Names set 縦書き in a blank group column, each beside its rows, name those rows' units")
    func verticalGroupCells() {
        var part = AssignmentsParserTests.part(lines: [], rows: [
            ["部門", "課", "事務系", "技術系"], ["", "人事課", "2", ""], ["", "企画課", "1", ""], ["", "リスク評価課", "", "3"],
        ])
        let lines = [("企画管理部", 118.0, 151.0), ("化学物質管理センター", 156.0, 175.0)].map { text, top, bottom in
            TextLine(text: text, box: Rect(x0: 60, y0: top, x1: 66, y1: bottom), fontSize: 6, isBold: false, orientation: .vertical)
        }
        let without = Self.read(AssignmentsParser().parse(part))
        part.blocks.append((1, Block(kind: .heading, box: Rect.enclosing(lines.map(\.box))!, lines: lines)))
        #expect(Self.read(AssignmentsParser().parse(part)) == ["企画管理部人事課 2 0", "企画管理部企画課 1 0", "化学物質管理センターリスク評価課 0 3"])
        #expect(without == ["人事課 2 0", "企画課 1 0", "リスク評価課 0 3"])
    }

    @Test("Group cells centred on their rows and a 小計 row each: subtotals and a 合計 spanning the labels are no units")
    func subtotalRows() {
        // 本局 centred on 2 rows (総務部, 小計), 東京工場 on 6 (its last a 小計); 合計 spans 組織 and 部署.
        var part = AssignmentsParserTests.part(lines: ["令和7年度採用者の配属先"], rows: [
            ["組織", "部署", "事務系", "技術系"], ["本局", "総務部", "2", "－"], ["", "小計", "2", "－"],
            ["", "総務課", "1", "－"], ["", "製造部", "－", "3"], ["東京工場", "品質管理課", "－", "1"], ["", "研究所", "－", "2"],
            ["", "印刷部", "－", "1"], ["", "小計", "1", "7"], ["", "合計", "3", "7"],
        ])
        let index = part.blocks.indices.first { part.blocks[$0].block.table != nil }!
        var table = part.blocks[index].block.table!
        for r in [1, 5] {
            table.rows[r][0].box!.y0 += 10
            table.rows[r][0].box!.y1 += 10
        }
        part.blocks[index].block.table = table
        let record = AssignmentsParser().parse(part)
        #expect(Self.read(record) == [
            "本局総務部 2 0", "東京工場総務課 1 0", "東京工場製造部 0 3", "東京工場品質管理課 0 1", "東京工場研究所 0 2", "東京工場印刷部 0 1",
        ])
        #expect(record?.cohortFiscalYear == 2025)
    }

    @Test("An org tree: each node over its children set in, a count on each child's line; the sum line is no unit")
    func orgTree() {
        let rows = BulletedAssignments.rows(in: [Self.block([
            ("令和７年度採用者の配属先", 30), ("本部", 40), ("総務部　事務２名", 54), ("食品表示監視部　事務１名・技術２名", 54),
            ("札幌センター", 40), ("肥飼料検査課　技術１名", 54), ("神戸センター", 40), ("肥飼料検査課　技術２名", 54),
            ("計　事務系３名・技術系５名", 30),
        ])])
        #expect(rows?.map { "\($0.unit) \($0.administrative) \($0.technical)" } == [
            "本部総務部 2 0", "本部食品表示監視部 1 2", "札幌センター肥飼料検査課 0 1", "神戸センター肥飼料検査課 0 2",
        ])
        // A track's label over its entries names their track, not their 部.
        let byTrack = BulletedAssignments.rows(in: [Self.block([("事務系", 40), ("総務課　事務系２名", 54), ("人事課　１名（事務系）", 54)])])
        #expect(byTrack?.map(\.unit) == ["総務課", "人事課"])
    }
}
