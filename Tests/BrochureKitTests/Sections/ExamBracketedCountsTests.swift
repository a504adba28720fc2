import Testing

@testable import BrochureKit

/// Exam counts with the year before's in brackets after them (`4（5）` under `採用予定数（前年度）`).
@Suite("Exam breakdown: a figure in brackets after the count")
struct ExamBracketedCountsTests {
    typealias E = ExamBreakdownParserTests
    typealias L = LooseLayoutsTests
    typealias T = ExamHoldout34Tests

    @Test("The count is the figure before the brackets")
    func lastYearInBrackets() throws {
        let rows = [
            ["区分", "試験", "職種", "採用予定数（前年度）"],
            ["事務系", "大学卒業程度", "行政", "4（5）"], ["事務系", "高校卒業程度", "一般事務", "2（2）"], ["技術系", "大学卒業程度", "情報", "2（1）"],
        ]
        let blocks = [
            T.table(rows, xs: [44...71, 140...194, 250...280, 400...496], y0: 580, step: 17, header: 1),
            L.block("※（ ）内は前年度の採用予定数です。", x: 40, y: 655, size: 8),
        ]
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度採用予定", blocks)))
        #expect(E.read(exam) == ["administrative undergraduate 行政 4", "administrative undergraduate 一般事務 2", "technical undergraduate 情報 2"])
        #expect(ExamGrid.count(in: "4（5）") == 4 && ExamGrid.count(in: "12名(3)") == 12 && ExamGrid.count(in: "(5)") == nil)
    }
}
