import Testing

@testable import BrochureKit

/// Exam breakdowns told in prose under `採用見込み`, or set as one small grid per track with the
/// categories as columns.
@Suite("Exam prose and category columns")
struct ExamProseAndColumnsTests {
    private static func line(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, height: Double = 9) -> TextLine {
        TextLine(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y0 + height), fontSize: height, isBold: false, orientation: .horizontal)
    }

    private static func block(_ lines: [TextLine], kind: Block.Kind = .paragraph) -> (page: Int, block: Block) {
        (1, Block(kind: kind, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
    }

    @Test("採用見込み alone opens the exam section; with a hiring word the heading stays hiring's")
    func expectedHiresHeading() {
        #expect(SectionKind.opened(by: "採用見込み") == .examBreakdown)
        #expect(SectionKind.opened(by: "採用実績・採用見込み") == .hiring)
    }

    @Test("A clause closing with its total (の計4名) keeps the item before it; N名・ ends an item")
    func totalClosingAClause() {
        let items = ExamSentence.items(in: "【事務系】令和8年度は、大卒程度試験から法律2名・経済1名、院卒程度試験から行政1名の計4名を採用する見込みです。")
        #expect(items.map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" } == [
            "administrative undergraduate 法律 2", "administrative undergraduate 経済 1", "administrative graduate 行政 1",
        ])
    }

    @Test("A paragraph whose first line the layout set apart is read as one sentence, not as the fragment after the break")
    func paragraphCutInTwo() throws {
        let blocks = [
            Self.block([Self.line("令和8年度の採用見込み", 310, 244, 405)]),
            Self.block([Self.line("【事務系】令和8年度は、大卒程度試験から法律2名・経", 310, 260, 537)], kind: .heading),
            Self.block([Self.line("済1名、院卒程度試験から行政1名の計4名を採用する見込", 310, 275, 542), Self.line("みです。", 310, 290, 346)]),
            Self.block([Self.line("【技術系】大卒程度試験から工学1名、院卒程度試験から", 310, 312, 540)], kind: .heading),
            Self.block([Self.line("農業科学・水産1名の計2名を採用する見込みです。", 310, 327, 537)]),
        ]
        let exam = try #require(ExamBreakdownParser().parse(
            SectionSegmenter.Part(kind: .examBreakdown, heading: "採用見込み", headingSize: 12, blocks: blocks, page: 1)))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 法律 2", "administrative undergraduate 経済 1", "administrative graduate 行政 1",
            "technical undergraduate 工学 1", "technical graduate 農業科学・水産 1",
        ])
        #expect(exam.planned && exam.cohortFiscalYear == 2026)
        // A sentence end closes the run: the next block is a paragraph of its own.
        #expect(!ExamProseRuns.continues(blocks[3].block, after: blocks[2].block, samePage: true))
        #expect(ExamProseRuns.continues(blocks[2].block, after: blocks[1].block, samePage: true))
    }

    /// A grid per track under its caption: the first a table (the first level spanning two
    /// columns), the second loose lines, as the layout sets a grid of one column.
    private static func grids(adminCaption: String = "事務系（3名）") -> SectionSegmenter.Part {
        let xs: [ClosedRange<Double>] = [311...359, 388...406, 449...467, 493...545]
        func cell(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, span: Int = 1) -> Table.Cell {
            Table.Cell(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y0 + 8.5), columnSpan: span)
        }
        let rows: [[Table.Cell]] = [
            [cell("試験の程度", 316, 405, 359), cell("大卒程度試験", 402, 405, 453, span: 2), Table.Cell(text: "", box: nil), cell("院卒程度試験", 493, 405, 544)],
            [cell("試験区分", 312, 423, 346), cell("法律", 388, 423, 405), cell("経済", 449, 423, 466), cell("行政", 510, 423, 527)],
            [cell("採用予定数", 312, 440, 354), cell("1名", 390, 440, 404), cell("1名", 451, 440, 465), cell("1名", 512, 440, 526)],
        ]
        let box = Rect(x0: 311, y0: 405, x1: 545, y1: 449)
        let table = (page: 1, block: Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: xs, rows: rows, headerRowCount: 0)))
        let loose = [("技術系（1名）", 309.0, 465.0, 368.0), ("試験の程度", 316, 482, 359), ("試験区分", 312, 499, 346), ("採用予定数", 312, 517, 354),
                     ("院卒程度試験", 432, 482, 483), ("数理科学・物理・地球科学", 407, 499, 509), ("1名", 451, 517, 465)]
        let blocks = [Self.block([Self.line(adminCaption, 309, 388, 368)]), table] + loose.map { Self.block([Self.line($0.0, $0.1, $0.2, $0.3)]) }
        return SectionSegmenter.Part(kind: .examBreakdown, heading: "試験区分", headingSize: 12, blocks: blocks, page: 1)
    }

    @Test("Categories as columns: each count under its category, that under its level, the track in the caption above")
    func categoriesAsColumns() {
        let technical = "technical graduate 数理科学・物理・地球科学 1"
        #expect(ExamBreakdownParserTests.read(ExamBreakdownParser().parse(Self.grids())) == [
            "administrative undergraduate 法律 1", "administrative undergraduate 経済 1", "administrative graduate 行政 1", technical,
        ])
        // A caption whose total the counts do not make is not this grid's.
        let refused = ExamCategoryColumns.entries(in: Self.grids(adminCaption: "事務系（4名）").blocks)
        #expect(refused.entries.map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" } == [technical])
        #expect(!refused.used.contains(1))
    }

    @Test("A category with its count beside it, or a level beside the category rather than over it, makes no column")
    func notColumns() {
        func cell(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double) -> ExamCategoryColumns.Cell {
            let box = Rect(x0: x0, y0: y0, x1: x1, y1: y0 + 8)
            return ExamCategoryColumns.Cell(text: text, box: box, span: box, page: 1, block: 0)
        }
        let caption = cell("事務系", 376, 495, 400)
        let over = [caption, cell("大卒程度試験", 460, 510, 520), cell("農業科学・水産", 464, 528, 520), cell("1名", 488, 539, 504)]
        #expect(ExamCategoryColumns.entries(among: over).entries.count == 1)
        #expect(ExamCategoryColumns.entries(among: over + [cell("1名", 528, 528, 544)]).entries.isEmpty)
        let beside = [caption, cell("大卒程度試験", 417, 510, 449), cell("農業科学・水産", 464, 528, 520), cell("1名", 488, 539, 504)]
        #expect(ExamCategoryColumns.entries(among: beside).entries.isEmpty)
    }

    /// An exam matrix with the counts in track columns, as loose lines (the layout may cut it
    /// into tables that do not follow its rows), beside an assignment table's columns.
    private static func trackMatrix(total: String = "10") -> [(page: Int, block: Block)] {
        let texts: [(String, Double, Double, Double)] = [
            ("事務系", 216, 504, 240), ("技術系", 256, 504, 280), ("人事課", 106, 520, 130), ("1", 225, 520, 230), ("－", 264, 520, 272),
            ("試験の程度", 318, 504, 358), ("試験区分", 404, 504, 436), ("事務系", 481, 504, 505), ("技術系", 521, 504, 545),
            ("法律", 370, 520, 386), ("1", 491, 520, 496), ("－", 529, 520, 537),
            ("経済", 370, 536, 386), ("1", 491, 536, 496), ("－", 529, 536, 537),
            ("大卒程度", 310, 553, 342), ("試験", 310, 564, 326),
            ("工学", 370, 552, 386), ("－", 489, 552, 497), ("3", 531, 552, 536),
            ("数理科学・物理・", 370, 567, 434), ("地球科学", 370, 578, 402), ("－", 489, 574, 497), ("3", 531, 574, 536),
            ("デジタル", 370, 594, 402), ("－", 489, 594, 497), ("1", 531, 594, 536),
            ("院卒程度", 310, 619, 342), ("試験", 310, 630, 326),
            ("工学", 370, 610, 386), ("－", 489, 610, 497), ("1", 531, 610, 536),
            ("数理科学・物理・", 370, 626, 434), ("地球科学", 370, 636, 402), ("－", 489, 632, 497), ("2", 531, 632, 536),
            ("合計", 310, 652, 326), ("2", 491, 652, 496), (total, 528, 652, 538),
        ]
        return texts.map { Self.block([Self.line($0.0, $0.1, $0.2, $0.3, height: 8)]) }
    }

    /// What `ExamTrackColumns` reads from `blocks`, one `track level category count` per entry.
    private static func trackColumnEntries(_ blocks: [(page: Int, block: Block)]) -> [String] {
        ExamTrackColumns.entries(in: blocks, skipping: []).entries.map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" }
    }

    @Test("Counts in track columns: the category level with each, the level label centred on its rows, the 合計 row their sum")
    func countsInTrackColumns() {
        #expect(Self.trackColumnEntries(Self.trackMatrix()) == [
            "administrative undergraduate 法律 1", "administrative undergraduate 経済 1",
            "technical undergraduate 工学 3", "technical undergraduate 数理科学・物理・地球科学 3", "technical undergraduate デジタル 1",
            "technical graduate 工学 1", "technical graduate 数理科学・物理・地球科学 2",
        ])
        #expect(Self.trackColumnEntries(Self.trackMatrix(total: "11")).isEmpty)
    }

    @Test("A level label set level with its first row heads every row down to the next label")
    func topAlignedLevels() {
        let rows = [100.0, 116, 132, 148].map { Rect(x0: 100, y0: $0, x1: 140, y1: $0 + 8) }
        let labels = [100.0, 132].map { Rect(x0: 40, y0: $0, x1: 80, y1: $0 + 8) }
        #expect(ExamTrackColumns.levels(ofRows: rows, labels: labels) == [0, 0, 1, 1])
    }

    /// `試験区分 | 事務系 | 技術系`, then each level on a row of its own at x 30, its categories
    /// at x 40 with full-width counts (a dash for none) under the tracks, and a 合計 row at x 30.
    private static func groupRowMatrix(total: String = "１４") -> [(page: Int, block: Block)] {
        let texts: [(String, Double, Double, Double)] = [
            ("試験区分", 60, 100, 90), ("事務系", 135, 100, 158), ("技術系", 180, 100, 203),
            ("一般職試験（大卒程度）", 30, 118, 113),
            ("行政", 40, 136, 55), ("４", 143, 136, 150), ("－", 188, 136, 195),
            ("化学", 40, 154, 55), ("－", 143, 154, 150), ("５", 188, 154, 195),
            ("総合職試験（院卒者）", 30, 190, 106),
            ("行政", 40, 208, 55), ("１", 143, 208, 150), ("－", 188, 208, 195),
            ("化学・生物・薬学", 40, 226, 100), ("－", 143, 226, 150), ("３", 185, 226, 199),
            ("農業科学・水産", 40, 244, 93), ("－", 143, 244, 150), ("６", 188, 244, 195),
            ("合計", 30, 262, 45), ("５", 143, 262, 150), (total, 185, 262, 199),
        ]
        return texts.map { text, x0, y0, x1 in
            let line = TextLine(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y0 + 7.5), fontSize: 7.5, isBold: false, orientation: .horizontal)
            return (1, Block(kind: .paragraph, box: line.box, lines: [line]))
        }
    }

    @Test("Each level heads the indented categories under it down to the next; 合計 checks the columns")
    func levelsAsGroupRows() {
        #expect(Self.trackColumnEntries(Self.groupRowMatrix()) == [
            "administrative undergraduate 行政 4", "technical undergraduate 化学 5",
            "administrative graduate 行政 1", "technical graduate 化学・生物・薬学 3", "technical graduate 農業科学・水産 6",
        ])
        #expect(Self.trackColumnEntries(Self.groupRowMatrix(total: "１５")).isEmpty)
    }
}
