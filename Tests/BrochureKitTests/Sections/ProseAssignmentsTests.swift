import Testing

@testable import BrochureKit

/// Assignment shapes of holdout16: units told in running prose, and a stacked bar chart whose
/// labels (`事務1・技術2` after each bar) count without 名.
@Suite("Prose assignments")
struct ProseAssignmentsTests {
    static let read = AssignmentsParserTests.read

    /// A block of `lines` at `x`, one line under another from `y`.
    static func block(_ lines: [String], x: Double = 40, y: Double) -> (page: Int, block: Block) {
        let text = lines.enumerated().map { i, text in
            TextLine(text: text, box: Rect(x0: x, y0: y + 14 * Double(i), x1: x + 9 * Double(text.count), y1: y + 9 + 14 * Double(i)),
                     fontSize: 9, isBold: false, orientation: .horizontal)
        }
        return (1, Block(kind: .paragraph, box: Rect.enclosing(text.map(\.box))!, lines: text))
    }

    /// An assignments part of `blocks` alone, with no table.
    static func part(_ blocks: [(page: Int, block: Block)]) -> SectionSegmenter.Part {
        var part = AssignmentsParserTests.part(lines: [], rows: [])
        part.blocks = blocks
        return part
    }

    @Test("Units named before に / には with their counts, lines broken inside a count, bare counts taking the track of the bracket after them")
    func proseParagraph() throws {
        let paragraph = Self.block([
            "2025年度に採用された職員（事務系20", "名、技術系4名）は次のとおり配属されました。",
            "人事部には事務系5名と技術系3名が、情報管理センタ", "ーには技術系1名が配属されています。また、監査部に",
        ], y: 100)
        let continued = Self.block(["配属状況（続き）", "6名、東北支所に9名（いずれも事務系）が配属され", "ました。技術系の職員は人事部で働いています。"], x: 300, y: 60)
        let record = try #require(AssignmentsParser().parse(Self.part([Self.block(["2025年度採用者の配属先"], y: 80), paragraph, continued])))
        #expect(Self.read(record) == ["人事部 5 3", "情報管理センター 0 1", "監査部 6 0", "東北支所 9 0"])
        #expect(record.cohortFiscalYear == 2025)
        // Bare counts whose sentence ends before any bracket names their track are not read.
        let unnamed = ProseAssignments.rows(in: [Self.block(["人事部には事務系5名と技術系3名が、監査部に6名、東北支所に9名が配属。", "（事務系）"], y: 100)])
        #expect(unnamed == nil)
    }

    @Test("Units that do not add up to the totals printed beside them are not read")
    func proseTotalsCheck() {
        let paragraph = Self.block(["職員（事務系21名、技術系4名）のうち、人事部には事務系5名と技術系3名が、", "監査部に6名、東北支所に9名（いずれも事務系）が配属されました。"], y: 100)
        #expect(ProseAssignments.rows(in: [paragraph]) == nil)
    }

    @Test("A bar chart's unit labels with the counts after each bar (事務1・技術2, no 名), continued in the next column")
    func barChartLabels() throws {
        let units = Self.block(["総務部", "調査及び立法考査局"], x: 60, y: 700)
        let counts = Self.block(["事務2", "事務1・技術2"], x: 240, y: 700)
        let continued = Self.block(["配属実績（続き）", "関西館 事務1・技術1", "計　事務系4名・技術系3名"], x: 320, y: 60)
        let record = try #require(AssignmentsParser().parse(Self.part([Self.block(["2025年度採用者の配属先", "事務系 技術系"], y: 640), units, counts, continued])))
        #expect(Self.read(record) == ["総務部 2 0", "調査及び立法考査局 1 2", "関西館 1 1"])
        #expect(BulletedAssignments.labelCounts("事務系3").map { [$0.administrative, $0.technical] } == [3, 0])
        #expect(BulletedAssignments.labelCounts("事務2・経済1") == nil)
    }

    @Test("A table row's entry is its last two cells: a column of prose taken in beside it comes first")
    func entryAfterProseCell() {
        let rows = BulletedAssignments.entries(in: AssignmentsParserTests.part(lines: [], rows: [
            ["職員は国家公務員として、調査、資料の収集・整", "電子情報部", "事務系1名・技術系2名"], ["理、利用者サービスなどに携わります。", "関西館", "１名（事務系）"],
        ]).blocks)
        #expect(rows.map { "\($0.unit) \($0.administrative) \($0.technical)" } == ["電子情報部 1 2", "関西館 1 0"])
    }

    @Test("A western cohort year with its era in brackets after it (2025（令和7）年度採用者) is the western year")
    func cohortWithBracketedEra() {
        #expect(AssignmentsParser.cohortYear(in: "2025（令和7）年度採用者の配属先") == 2025)
        #expect(AssignmentsParser.cohortYear(in: "2024年度入省者") == 2024)
    }

    @Test("A continuation read first and naming no cohort takes the next part's rows before its own; a part sharing a unit stays apart")
    func continuationReadFirst() throws {
        var continued = AssignmentsParserTests.part(lines: [], rows: [["収集書誌部", "事務系3名"], ["関西館", "事務系1名・技術系1名"]])
        continued.heading = "配属実績（続き）"
        let open = try #require(AssignmentsParser().parse(continued))
        #expect(open.continuation == true)
        var sections = SectionSet()
        ParsedPart.assignments(open).merge(into: &sections)
        #expect(!ParsedPart.isFilled(.assignments, in: sections))
        ParsedPart(AssignmentsParserTests.part(lines: ["2025年度採用者の配属先"], rows: [["総務部", "事務系2名"], ["調査及び立法考査局", "事務系5名"]])).merge(into: &sections)
        #expect(Self.read(sections.assignments) == ["総務部 2 0", "調査及び立法考査局 5 0", "収集書誌部 3 0", "関西館 1 1"])
        #expect(sections.assignments?.cohortFiscalYear == 2025)
        #expect(ParsedPart.isFilled(.assignments, in: sections))
        // Two tables naming one unit are two cohorts': the open one stands alone.
        var apart = SectionSet()
        ParsedPart.assignments(open).merge(into: &apart)
        ParsedPart.assignments(AssignmentRecord(cohortFiscalYear: 2024, asOf: nil, rows: [.init(unit: "関西館", administrative: 2, technical: 0)], page: 1)).merge(into: &apart)
        #expect(Self.read(apart.assignments) == ["収集書誌部 3 0", "関西館 1 1"])
    }
}
