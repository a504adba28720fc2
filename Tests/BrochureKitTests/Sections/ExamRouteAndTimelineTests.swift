import Testing

@testable import BrochureKit

/// Exam breakdowns headed by recruitment routes (`新卒採用（大学院卒）`) instead of exams, and
/// planned hires boxed under a selection timeline with each track's label on its items' baseline.
@Suite("Exam routes and timeline boxes")
struct ExamRouteAndTimelineTests {
    static func describe(_ entries: [ExamBreakdown.Entry]) -> [String] {
        entries.map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" }
    }

    /// Categories as rows under track cells centred on their rows, routes as columns, a 計 row of `total`.
    static func routes(total: String = "20人") -> Table {
        let xs: [ClosedRange<Double>] = [40...80, 100...180, 250...300, 350...410, 470...520]
        let rows = [
            ["職種", "区分", "新卒採用（学部卒）", "新卒採用（大学院卒）", "キャリア採用"],
            ["事務系", "事務", "10人", "6人", "－"], ["", "事務（経験者）", "－", "－", "6人"],
            ["", "機械・航空宇宙", "5人", "8人", "－"], ["", "電気・電子", "3人", "6人", "－"], ["技術系", "情報", "2人", "5人", "－"],
            ["", "理学（物理・天文）", "－", "3人", "－"], ["", "技術（経験者）", "－", "－", "10人"], ["", "計", total, "28人", "16人"],
        ]
        var table = ExamCellCountsTests.table(rows, xs: xs, y: 100, header: 1).block.table!
        // 事務系 centred between its two rows.
        table.rows[1][0].box = Rect(x0: 40, y0: 130, x1: 80, y1: 139)
        return table
    }

    @Test("Routes as columns: the graduate-school route is graduate, the others undergraduate; track cells centred on their rows")
    func routeColumns() {
        #expect(Self.describe(ExamGrid.entries(in: Self.routes(), page: 1)) == [
            "administrative undergraduate 事務 10", "administrative graduate 事務 6", "administrative undergraduate 事務(経験者) 6",
            "technical undergraduate 機械・航空宇宙 5", "technical graduate 機械・航空宇宙 8", "technical undergraduate 電気・電子 3",
            "technical graduate 電気・電子 6", "technical undergraduate 情報 2", "technical graduate 情報 5",
            "technical graduate 理学(物理・天文) 3", "technical undergraduate 技術(経験者) 10",
        ])
        // A 計 that is not its column's sum: no grid.
        #expect(ExamGrid.entries(in: Self.routes(total: "21人"), page: 1).isEmpty)
    }

    @Test("A route header names a level; a header that only says 採用 names none", arguments: [
        ("新卒採用（学部卒）", ExamBreakdown.Level?.some(.undergraduate)), ("新卒採用（大学院卒）", .graduate), ("キャリア採用", .undergraduate),
        ("採用者数", nil), ("採用予定", nil), ("R8", nil),
    ])
    func routeLevel(_ text: String, _ expected: ExamBreakdown.Level?) {
        #expect(ExamRouteLevel.level(of: text) == expected)
    }

    /// A timeline's box of planned hires: the exam over two rows, each a track label and its
    /// items on one baseline, taken by the layout as one cell of two runs.
    static func timelineBox() -> Table {
        let xs: [ClosedRange<Double>] = [74...94, 124...358]
        func cell(_ lines: [String], y: Double, x1: Double) -> Table.Cell {
            Table.Cell(text: lines.joined(), box: Rect(x0: 140, y0: y, x1: x1, y1: y + 8.5), lines: lines)
        }
        let rows: [[Table.Cell]] = [
            [Table.Cell(text: "", box: nil), cell(["採用予定数", "一般職試験（大卒程度）"], y: 165, x1: 276)],
            [Table.Cell(text: "", box: nil), cell(["事務系", "行政 18名"], y: 180, x1: 228)],
            [Table.Cell(text: "", box: nil), cell(["理工系", "化学 4名・機械 2名・電気・電子・情報 2名"], y: 196, x1: 358)],
            [Table.Cell(text: "9月", box: Rect(x0: 74, y0: 225, x1: 89, y1: 234)),
             Table.Cell(text: "税関職員採用試験（高卒程度）第1次試験", box: Rect(x0: 124, y0: 225, x1: 294, y1: 234))],
        ]
        return Table(box: Rect(x0: 74, y0: 165, x1: 358, y1: 234), columns: xs, rows: rows, headerRowCount: 1)
    }

    @Test("A track label on its items' baseline heads those items, not the row's first item")
    func trackLedCells() throws {
        let table = Self.timelineBox()
        let part = ExamCellCountsTests.part([(1, Block(kind: .table, box: table.box, lines: [], table: table))], heading: "採用予定")
        let exam = try #require(ExamBreakdownParser().parse(part))
        #expect(Self.describe(exam.entries) == [
            "administrative undergraduate 行政 18", "technical undergraduate 化学 4", "technical undergraduate 機械 2",
            "technical undergraduate 電気・電子・情報 2",
        ])
    }
}
