import Testing

@testable import BrochureKit

/// An exam table comparing the previous year with this one (`前年度 | 本年度`), bare counts
/// in both year columns.
@Suite("Exam year columns")
struct ExamYearColumnsTests {
    static let xs: [ClosedRange<Double>] = [40...140, 160...230, 250...270, 290...310]

    static func line(_ text: String, _ box: Rect) -> (page: Int, block: Block) {
        (1, Block(kind: .paragraph, box: box, lines: [TextLine(text: text, box: box, fontSize: 8, isBold: false, orientation: .horizontal)]))
    }

    static let rows = [
        ["総合職試験（院卒者区分）", "法律・経済", "1", "2"],
        ["一般職試験（大卒程度区分）", "事務", "18", "16"],
        ["計", "", "19", "18"],
    ]

    @Test("Only the latest year's column is read, its heads set above the table as lines apart; under `区分` a track word is a category")
    func latestColumnUnderHeadsAbove() throws {
        let table = ExamCellCountsTests.table(Self.rows, xs: Self.xs, y: 85, header: 0)
        let blocks = [
            Self.line("試験の種類", Rect(x0: 60, y0: 50, x1: 100, y1: 58)),
            Self.line("区分", Rect(x0: 200, y0: 50, x1: 216, y1: 58)),
            Self.line("令和7年度（前年度）", Rect(x0: 240, y0: 50, x1: 280, y1: 58)),
            Self.line("令和8年度（本年度）", Rect(x0: 281, y0: 50, x1: 320, y1: 58)),
            Self.line("裁判所事務官", Rect(x0: 40, y0: 68, x1: 88, y1: 76)),
            table,
        ]
        let exam = try #require(ExamBreakdownParser().parse(ExamCellCountsTests.part(blocks, heading: "令和8年度採用予定数")))
        #expect(ExamBreakdownParserTests.read(exam) == ["administrative graduate 法律・経済 2", "administrative undergraduate 事務 16"])
    }

    @Test("Heads in the table's header row; a table of one year, or of counts with their unit, is left as it is")
    func headerRowAndNoComparison() throws {
        let headed = ExamCellCountsTests.table([["試験", "区分", "2025年度", "2026年度"]] + Self.rows, xs: Self.xs, y: 85, header: 1).block.table!
        let current = try #require(ExamYearColumns.current(in: headed, above: []))
        #expect(current.rows[1].map(\.text) == ["総合職試験（院卒者区分）", "法律・経済", "", "2名"])
        let single = ExamCellCountsTests.table([["試験", "区分", "備考", "2026年度"]] + Self.rows, xs: Self.xs, y: 85, header: 1).block.table!
        #expect(ExamYearColumns.current(in: single, above: []) == nil)
        let units = ExamCellCountsTests.table([["試験", "区分", "2025年度", "2026年度"], ["総合職試験", "法律", "1名", "2名"]], xs: Self.xs, y: 85, header: 1).block.table!
        #expect(ExamYearColumns.current(in: units, above: []) == nil)
    }
}
