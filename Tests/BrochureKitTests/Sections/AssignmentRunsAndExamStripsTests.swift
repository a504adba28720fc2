import Testing

@testable import BrochureKit

/// Shapes of holdout25: assignments as a wrapped run of `unit N名` items per track, a header row
/// whose last label stands out past its grid, headings joining two topics or numbered, exam
/// strips with their totals over their categories, and categories holding a track word.
@Suite("Assignment runs and exam strips")
struct AssignmentRunsAndExamStripsTests {
    static let read = AssignmentsParserTests.read
    static let line = AssignmentSplitTablesTests.line

    /// A block of `lines` at `x`, one line under another from `y`.
    static func block(_ lines: [String], x: Double = 40, y: Double) -> (page: Int, block: Block) {
        ProseAssignmentsTests.block(lines, x: x, y: y)
    }

    @Test("A run of `unit N名` per track after its bracketed label, wrapped over lines: a unit in both runs is one row")
    func inlineRuns() throws {
        let blocks = [
            Self.block(["令和7年度採用者の配属先（事務系15名・技術系9名）"], y: 60),
            Self.block(["【事務系】 危機管理部 4名、企画振興部 6名、", "建設部 4名、会計局 1名"], y: 80),
            Self.block(["【技術系】 建設部 8名、農政部 1名"], y: 120),
            Self.block(["※地域振興局は10局の合計です。"], y: 140),
        ]
        let record = try #require(AssignmentsParser().parse(AssignmentSplitTablesTests.part(blocks)))
        #expect(Self.read(record) == ["危機管理部 4 0", "企画振興部 6 0", "建設部 4 8", "会計局 1 0", "農政部 0 1"])
        #expect(record.cohortFiscalYear == 2025)
        // A line after a run that ended (no `、` at its end) is no part of it.
        #expect(InlineRunAssignments.rows(in: [Self.block(["【事務系】総務部 4名、会計局 1名", "人事部 2名、監査部 1名"], y: 80)])?.map(\.unit) == ["総務部", "会計局"])
        // No label naming a track: no run.
        #expect(InlineRunAssignments.rows(in: [Self.block(["【本庁】総務部 4名、会計局 1名"], y: 80)]) == nil)
    }

    @Test("A header label centred over a narrow column of counts, standing out past the grid's edge, is still the header")
    func headerLabelPastGridEdge() {
        let table = AssignmentSplitTablesTests.grid([["企画本部", "2", "―"], ["総務本部", "4", "1"]], top: 100)
        let labels = [("配属先", 45.0), ("事務職", 110.0), ("技術職", 215.0)].map { Self.line($0.0, $0.1, 62, 1) }
        let record = AssignmentsParser().parse(AssignmentSplitTablesTests.part(labels + [Self.line("本部・事業組織", 40, 82, 1), (1, table)]))
        #expect(Self.read(record) == ["企画本部 2 0", "総務本部 4 1"])
    }

    @Test("Two topics joined by ・ open the first's section; 採用予定数 numbered as a title opens the exams, bare it is a column")
    func compoundAndNumberedHeadings() {
        #expect(SectionKind.opened(by: "配属・採用予定 ASSIGNMENT & 2026") == .assignments)
        #expect(SectionKind.opened(by: "01 採用予定数") == .examBreakdown)
        #expect(SectionKind.opened(by: "採用予定数") == nil)
        #expect(SectionKind.opened(by: "事務系・技術系の職員数") == nil)
    }

    @Test("A title in body type with a long English gloss and a year opens its section: the gloss is no part of its length")
    func glossedBodyTitle() {
        let found = SectionSegmenterTests.kinds { b in
            b.text("研修制度", x: 40, y: 60, size: 12)
            b.text("新規採用職員研修で国会の仕組みを学びます。", x: 40, y: 80, size: 8)
            b.text("採用予定 EXAMINATION 2026", x: 40, y: 200, size: 8)
            b.text("総合職試験 行政・法律 2名", x: 40, y: 240, size: 8)
        }
        #expect(found == [.training, .examBreakdown])
    }

    /// An exam section of per-exam strips (`exam N名`) each over a two-column table of
    /// `category | N名` rows.
    static func strips(_ exams: [(String, [(String, String)])]) -> SectionSegmenter.Part {
        var blocks: [(page: Int, block: Block)] = []
        var y = 100.0
        for (title, rows) in exams {
            let box = Rect(x0: 58, y0: y, x1: 272, y1: y + 9)
            blocks.append((1, Block(kind: .paragraph, box: box, lines: [TextLine(text: title, box: box, fontSize: 9, isBold: false, orientation: .horizontal)])))
            y += 20
            let columns: [ClosedRange<Double>] = [66...140, 258...272]
            let cells = rows.enumerated().map { r, row in
                [Table.Cell(text: row.0, box: Rect(x0: 66, y0: y + 16 * Double(r), x1: 66 + 9 * Double(row.0.count), y1: y + 9 + 16 * Double(r))),
                 Table.Cell(text: row.1, box: Rect(x0: 258, y0: y + 16 * Double(r), x1: 272, y1: y + 9 + 16 * Double(r)))]
            }
            let tableBox = Rect(x0: 66, y0: y, x1: 272, y1: y + 9 + 16 * Double(rows.count - 1))
            blocks.append((1, Block(kind: .table, box: tableBox, lines: [], table: Table(box: tableBox, columns: columns, rows: cells, headerRowCount: 0))))
            y = tableBox.y1 + 20
        }
        return SectionSegmenter.Part(kind: .examBreakdown, heading: "採用予定数", headingSize: 12, blocks: blocks, page: 1)
    }

    @Test("An exam's strip with its total is no category; a category holding a track word after a qualifier (一般事務) is one")
    func examStrips() {
        let exam = ExamBreakdownParser().parse(Self.strips([
            ("事務職員採用選考（学部卒） 12名", [("一般事務", "8名"), ("研究推進事務", "4名")]),
            ("技術職員採用選考（大学院修了） 8名", [("研究技術支援", "6名"), ("情報基盤", "2名")]),
        ]))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 一般事務 8", "administrative undergraduate 研究推進事務 4",
            "technical graduate 研究技術支援 6", "technical graduate 情報基盤 2",
        ])
        #expect(ExamTrackedRowNames.isQualifiedName("一般事務"))
        #expect(!ExamTrackedRowNames.isQualifiedName("事務系") && !ExamTrackedRowNames.isQualifiedName("事務職") && !ExamTrackedRowNames.isQualifiedName("事務"))
        // A strip whose count is not the sum of the items under it is an item.
        #expect(ExamStripTotals.dropped([
            (0, ExamBreakdown.Entry(track: .administrative, level: .undergraduate, category: "事務職員採用選考(学部卒)", count: 10)),
            (1, ExamBreakdown.Entry(track: .administrative, level: .undergraduate, category: "一般事務", count: 8)),
        ]).count == 2)
    }

    @Test("A track word in the column of the categories of a track-column matrix (事務 under 経済) is a category")
    func trackWordAmongCategories() {
        func cell(_ text: String, _ x0: Double, _ y0: Double) -> (page: Int, block: Block) {
            let box = Rect(x0: x0, y0: y0, x1: x0 + 9 * Double(text.count), y1: y0 + 9)
            return (1, Block(kind: .paragraph, box: box, lines: [TextLine(text: text, box: box, fontSize: 9, isBold: false, orientation: .horizontal)]))
        }
        let blocks = [
            cell("区分", 377, 570), cell("事務系", 461, 580), cell("技術系", 514, 580),
            cell("大卒程度試験", 300, 600),
            cell("経済", 377, 600), cell("1名", 470, 600), cell("－", 524, 600),
            cell("事務", 377, 616), cell("14名", 466, 616), cell("－", 524, 616),
            cell("建築", 377, 632), cell("－", 470, 632), cell("1名", 520, 632),
        ]
        let entries = ExamTrackColumns.entries(in: blocks, skipping: []).entries.map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" }
        #expect(entries == ["administrative undergraduate 経済 1", "administrative undergraduate 事務 14", "technical undergraduate 建築 1"])
    }
}
