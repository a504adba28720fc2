import Testing

@testable import BrochureKit

/// Exam matrices with the tracks as rows (`ExamTrackRows`), and category lists under a row of
/// their track's own (`事務系 | 115名` over `総合事務職 | 90名`).
@Suite("Exam tracks as rows")
struct ExamTrackRowsTests {
    static let xs: [ClosedRange<Double>] = [146...184, 202...232, 234...276, 278...308, 323...338, 361...376, 524...557]

    /// The matrix: a title row, group headers over the categories, the categories, two tracks.
    static func matrix(total: String = "160") -> SectionSegmenter.Part {
        ExamCellCountsTests.part([ExamCellCountsTests.table([
            ["令和8年度", "大学卒業程度 採用予定者数（人）", "", "", "", "", ""],
            ["", "", "事務系の区分", "", "技術系の区分", "", ""],
            ["職種", "行政事務", "社会福祉", "学校事務", "土木", "建築", "計"],
            ["事務職", "130", "18", "12", "－", "－", total],
            ["技術職", "－", "－", "－", "35", "15", "50"],
        ], xs: Self.xs, y: 63, header: 3)], heading: "試験区分別の採用予定者数")
    }

    @Test("Tracks as rows, categories as columns (行政事務 holding a track word), 計 no category, the level from the title")
    func tracksAsRows() throws {
        let exam = try #require(ExamBreakdownParser().parse(Self.matrix()))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 行政事務 130", "administrative undergraduate 社会福祉 18", "administrative undergraduate 学校事務 12",
            "technical undergraduate 土木 35", "technical undergraduate 建築 15",
        ])
    }

    @Test("A total that is not its row's sum, or no total column, and the matrix is not read so")
    func totalsMustAddUp() {
        let part = Self.matrix(total: "161")
        #expect(ExamTrackRows.entries(in: part.blocks[0].block.table!, page: 1).isEmpty)
        let units = ExamCellCountsTests.table([["部・課", "総務課", "企画課"], ["事務系", "1", "1"], ["技術系", "－", "1"]], xs: [51...80, 120...170, 200...250], y: 492, header: 1)
        #expect(ExamTrackRows.entries(in: units.block.table!, page: 1).isEmpty)
    }

    @Test("A graduate level named in a line above the table is the entries' level")
    func levelFromTitleLine() {
        let table = ExamCellCountsTests.table([["職種", "行政", "土木", "計"], ["事務職", "3", "－", "3"], ["技術職", "－", "2", "2"]], xs: [146...184, 202...232, 240...270, 300...320], y: 90, header: 1)
        let entries = ExamTrackRows.entries(in: table.block.table!, page: 1, titles: ["試験区分", "院卒程度試験 採用予定数"])
        #expect(entries.map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" } == ["administrative graduate 行政 3", "technical graduate 土木 2"])
    }

    @Test("Under a track's own row (事務系 | 115名) a category holding a track word (総合事務職) is an item of that track")
    func trackWordsUnderTrackRow() throws {
        let part = ExamCellCountsTests.part([ExamCellCountsTests.table([
            ["事務系", "115名"], ["総合事務職", "90名"], ["警察事務職", "12名"], ["教育事務職", "13名"],
            ["技術系", "40名"], ["総合土木職", "30名"], ["建築職", "10名"],
        ], xs: [35...78, 249...274], y: 68, header: 0)], heading: "試験区分と採用予定数")
        let exam = try #require(ExamBreakdownParser().parse(part))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 総合事務職 90", "administrative undergraduate 警察事務職 12", "administrative undergraduate 教育事務職 13",
            "technical undergraduate 総合土木職 30", "technical undergraduate 建築職 10",
        ])
    }
}
