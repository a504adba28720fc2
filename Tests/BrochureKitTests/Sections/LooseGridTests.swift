import Testing

@testable import BrochureKit

/// A booktabs table the layout left as one-line blocks, read back as the grid it is.
@Suite("Loose grid")
struct LooseGridTests {
    static func line(_ text: String, x: Double, y: Double) -> (page: Int, block: Block) { AssignmentSplitTablesTests.line(text, x: x, y: y) }

    /// Band rows over indented units; the header `部署 | 事務系 | 技術系`; a row every 15 points.
    static func blocks(_ rows: [(String, Double, String, String)]) -> [(page: Int, block: Block)] {
        var blocks = [Self.line("部署", x: 150, y: 100), Self.line("事務系", x: 290, y: 100), Self.line("技術系", x: 350, y: 100)]
        for (i, row) in rows.enumerated() {
            let y = 115 + 15 * Double(i)
            blocks.append(Self.line(row.0, x: row.1, y: y))
            if !row.2.isEmpty { blocks.append(Self.line(row.2, x: 300, y: y)) }
            if !row.3.isEmpty { blocks.append(Self.line(row.3, x: 360, y: y)) }
        }
        return blocks
    }

    @Test("Counts under their labels and names at the left make rows; band rows name their units; a band at the foot with nothing under it is dropped")
    func looseBlocks() {
        let part = AssignmentSplitTablesTests.part([Self.line("令和7年度採用者の配属先", x: 40, y: 80)] + Self.blocks([
            ("総務部", 43, "", ""), ("総務課", 50, "1", "－"), ("人事課", 50, "1", "－"), ("統計編成部", 43, "", ""), ("国勢統計課", 50, "2", "1"),
            ("統計技術部", 43, "", ""),
        ]))
        let record = AssignmentsParser().parse(part)
        #expect(AssignmentsParserTests.read(record) == ["総務部総務課 1 0", "総務部人事課 1 0", "統計編成部国勢統計課 2 1"])
        #expect(record?.cohortFiscalYear == 2025)
        // One row counting someone is no grid.
        #expect(LooseGrid.table(in: Self.blocks([("総務課", 50, "1", "－")])) == nil)
    }
}
