import Testing

@testable import BrochureKit

/// Exam breakdowns whose counts are printed without a unit inside the category cells
/// (`法律2・経済1`), or in kanji numerals (`二名`) on the rows of an unruled list.
@Suite("Exam counts in cells")
struct ExamCellCountsTests {
    /// A table block of `rows` (an empty text is an empty cell), row r at y = `y` + 20r.
    static func table(_ rows: [[String]], xs: [ClosedRange<Double>], y: Double, header: Int) -> (page: Int, block: Block) {
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: xs[c].lowerBound, y0: y + Double(r) * 20, x1: xs[c].upperBound, y1: y + Double(r) * 20 + 9))
            }
        }
        let box = Rect(x0: xs[0].lowerBound, y0: y, x1: xs.last!.upperBound, y1: y + Double(rows.count) * 20 - 11)
        return (1, Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: xs, rows: cells, headerRowCount: header)))
    }

    static func part(_ blocks: [(page: Int, block: Block)], heading: String = "試験区分") -> SectionSegmenter.Part {
        SectionSegmenter.Part(kind: .examBreakdown, heading: heading, headingSize: 12, blocks: blocks, page: 1)
    }

    @Test("Categories with bare counts in a cell (法律2・経済1) are items; a year, an era or a track with a figure is none", arguments: [
        ("法律2・経済1", String?.some("法律2名、経済1名")), ("行政1", "行政1名"), ("数理科学・物理・地球科学2・工学1", "数理科学・物理・地球科学2名、工学1名"),
        ("R8", nil), ("令和8", nil), ("事務系4", nil), ("計4", nil), ("2026年度", nil), ("法律2・", nil), ("4", nil),
    ])
    func unitlessItems(_ text: String, _ expected: String?) {
        #expect(ExamUnitlessItems.counted(text) == expected)
    }

    @Test("Tracks as rows, levels as columns under a two-row header, categories with bare counts in the cells; the year opening the heading")
    func tracksByLevels() throws {
        let exam = try #require(ExamBreakdownParser().parse(Self.part([Self.table([
            ["区分", "採用予定数", "", "計"],
            ["", "大卒程度試験", "院卒程度試験", ""],
            ["事務系", "法律2・経済1", "行政1", "4"],
            ["技術系", "デジタル1", "－", "1"],
        ], xs: [320...346, 365...418, 438...489, 520...529], y: 505, header: 2)], heading: "2026年度 試験区分別の採用予定数")))
        #expect(exam.cohortFiscalYear == 2026 && exam.planned)
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 法律 2", "administrative undergraduate 経済 1", "administrative graduate 行政 1",
            "technical undergraduate デジタル 1",
        ])
    }

    @Test("Levels as rows, tracks as columns: a table of track rows beside it, read first, names none of its tracks")
    func levelsByTracksBesideAnotherTable() throws {
        let exam = try #require(ExamBreakdownParser().parse(Self.part([
            Self.table([["部・課", "総務課", "企画課"], ["事務系", "1", "1"], ["技術系", "－", "1"]], xs: [51...80, 120...170, 200...250], y: 492, header: 1),
            Self.table([
                ["試験の程度", "事務系", "技術系"],
                ["大卒程度試験", "法律2・経済1", "デジタル1・工学1"],
                ["院卒程度試験", "行政1", "デジタル1"],
                ["計", "4", "3"],
            ], xs: [330...384, 400...455, 468...538], y: 492, header: 1),
        ])))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 法律 2", "administrative undergraduate 経済 1",
            "technical undergraduate デジタル 1", "technical undergraduate 工学 1",
            "administrative graduate 行政 1", "technical graduate デジタル 1",
        ])
    }

    @Test("An unruled list with kanji counts: the level joined to the first row's category, a count far right, the level printed once")
    func kanjiList() throws {
        typealias L = LooseLayoutsTests
        let exam = try #require(ExamBreakdownParser().parse(Self.part([
            L.block("◇事務系（計一名）", x: 324, y: 378),
            L.block("大卒程度試験 法律", x: 334, y: 396), L.block("一名", x: 527, y: 396),
            L.block("◇技術系（計六名）", x: 324, y: 416),
            Self.table([
                ["大卒程度試験", "工学", "二名"], ["", "数理科学・物理・地球科学", "一名"],
                ["院卒程度試験", "工学", "二名"], ["", "デジタル", "一名"],
            ], xs: [334...388, 400...500, 527...544], y: 434, header: 0),
        ])))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 法律 1", "technical undergraduate 工学 2", "technical undergraduate 数理科学・物理・地球科学 1",
            "technical graduate 工学 2", "technical graduate デジタル 1",
        ])
    }

    @Test("A kanji count reads with its unit only", arguments: [("二名", Int?.some(2)), ("十二名", 12), ("一", nil), ("一般", nil), ("3", 3)])
    func kanjiCounts(_ text: String, _ expected: Int?) {
        #expect(ExamGrid.count(in: text) == expected)
    }

    @Test("A track with a count (事務系4人、技術系3人が…配属されました) is no category")
    func trackIsNoCategory() {
        #expect(ExamBreakdownParser.pairs(in: "事務系4人、技術系3人が上記の部署に配属されました。").isEmpty)
        #expect(ExamBreakdownParser.pairs(in: "法律4人").map(\.0) == ["法律"])
    }
}
