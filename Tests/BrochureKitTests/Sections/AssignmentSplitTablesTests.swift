import Testing

@testable import BrochureKit

/// Assignment tables the layout splits: lists per track side by side read as one table, a
/// header row left outside its grid, a grid parted at a group row, a table going on overleaf.
@Suite("Assignment split tables")
struct AssignmentSplitTablesTests {
    static let read = AssignmentsParserTests.read

    /// A one-line block of `text` at (`x`, `y`), 9 points high.
    static func line(_ text: String, x: Double, y: Double, page: Int = 1) -> (page: Int, block: Block) {
        let box = Rect(x0: x, y0: y, x1: x + 9 * Double(text.count), y1: y + 9)
        return (page, Block(kind: .paragraph, box: box, lines: [TextLine(text: text, box: box, fontSize: 9, isBold: false, orientation: .horizontal)]))
    }

    /// A grid of `rows` with no header, its top at `top`, a row every 20 points, column c at 40 + 70c.
    static func grid(_ rows: [[String]], top: Double, header: Int = 0) -> Block {
        var table = HiringParserTests.part(rows, header: header).blocks[0].block.table!
        for r in table.rows.indices {
            for c in table.rows[r].indices { table.rows[r][c].box = table.rows[r][c].box.map { Rect(x0: $0.x0, y0: $0.y0 - 100 + top, x1: $0.x1, y1: $0.y1 - 100 + top) } }
        }
        table.box = Rect(x0: table.box.x0, y0: top, x1: table.box.x1, y1: table.box.y1 - 100 + top)
        return Block(kind: .table, box: table.box, lines: [], table: table)
    }

    static func part(_ blocks: [(page: Int, block: Block)]) -> SectionSegmenter.Part {
        SectionSegmenter.Part(kind: .assignments, heading: "配属実績", headingSize: 12, blocks: blocks, page: blocks.first?.page ?? 1)
    }

    @Test("Two track lists side by side: each label heads its pair of columns; a unit in both has both counts; a count's note mark is dropped")
    func trackListsSideBySide() {
        let record = AssignmentsParser().parse(AssignmentsParserTests.part(lines: ["令和7年度採用者の配属先"], rows: [
            ["【事務系】", "", "【技術系】", ""], ["議事部", "6名", "庶務部", "1名"], ["記録部", "5名*2", "管理部", "3名"], ["庶務部", "5名", "", ""],
        ]))
        #expect(Self.read(record) == ["議事部 6 0", "記録部 5 0", "庶務部 5 1", "管理部 0 3"])
        #expect(TrackListsSideBySide.count("5名※1") == 5)
        // A header naming tracks over columns of counts is no pair of lists.
        #expect(TrackListsSideBySide.labels(in: ["配属先", "事務系", "技術系"].map { Table.Cell(text: $0, box: nil) }) == nil)
    }

    @Test("`…年度新規採用者` names the cohort")
    func newHiresCohort() {
        #expect(AssignmentsParser.cohortYear(in: "令和7年度新規採用者の配属先（人）") == 2025)
    }

    @Test("A header row left outside the grid, a label per column over a group row, heads it")
    func headerRowAbove() {
        let table = Self.grid([["政策企画部", "8", "－", "8"], ["総務部", "14", "2", "16"]], top: 100)
        let labels = [("部局等", 45.0), ("事務系", 110.0), ("技術系", 180.0), ("計", 255.0)].map { Self.line($0.0, x: $0.1, y: 62) }
        let record = AssignmentsParser().parse(Self.part(labels + [Self.line("【本庁】", x: 40, y: 82), (1, table)]))
        #expect(Self.read(record) == ["政策企画部 8 0", "総務部 14 2"])
        // A caption with one track word is no header.
        #expect(HeaderRowAbove.attach(to: table.table!, from: [Self.line("事務系の配属", x: 45, y: 80).block]) == nil)
    }

    @Test("A grid parted at a group row goes on under it with the same columns; one set further down does not")
    func partedAtGroupRow() {
        let upper = Self.grid([["部局等", "事務系", "技術系", "計"], ["教育庁", "18", "3", "21"], ["小計", "18", "3", "21"]], top: 100, header: 1)
        // The upper grid ends at 150; its rows are 20 points apart.
        let lower = Self.grid([["府税事務所", "50", "－", "50"], ["保健所", "18", "9", "27"], ["合計", "86", "12", "98"]], top: 180)
        let record = AssignmentsParser().parse(Self.part([(1, upper), Self.line("【出先機関】", x: 40, y: 160), (1, lower)]))
        #expect(Self.read(record) == ["教育庁 18 3", "府税事務所 50 0", "保健所 18 9"])
        let far = Self.grid([["府税事務所", "50", "－", "50"]], top: 300)
        #expect(Self.read(AssignmentsParser().parse(Self.part([(1, upper), (1, far)]))) == ["教育庁 18 3"])
    }

    @Test("A table noting it goes on overleaf takes the next part's rows; without the note the first part stands alone")
    func continuedOverleaf() {
        let first = Self.grid([["部局等", "事務系", "技術系"], ["総務部", "14", "2"]], top: 100, header: 1)
        let second = Self.grid([["部局等", "事務系", "技術系"], ["教育庁", "18", "3"]], top: 100, header: 1)
        func merged(note: String) -> AssignmentRecord? {
            var sections = SectionSet()
            ParsedPart(Self.part([Self.line("令和7年度新規採用者の配属先", x: 40, y: 60), (1, first), Self.line(note, x: 200, y: 160)]))
                .merge(into: &sections)
            ParsedPart(Self.part([Self.line("（前ページからの続き）", x: 40, y: 60, page: 2), (2, second)])).merge(into: &sections)
            return sections.assignments
        }
        let continued = merged(note: "（次ページへ続く）")
        #expect(Self.read(continued) == ["総務部 14 2", "教育庁 18 3"])
        #expect(continued?.cohortFiscalYear == 2025)
        #expect(Self.read(merged(note: "※出先機関を含みます。")) == ["総務部 14 2"])
    }
}
