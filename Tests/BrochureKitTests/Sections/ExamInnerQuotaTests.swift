import Testing

@testable import BrochureKit

/// Exam counts with a part of them in brackets after them (`42名（うち社会人経験者枠6名）`).
@Suite("Exam breakdown: a part of the count in brackets")
struct ExamInnerQuotaTests {
    typealias E = ExamBreakdownParserTests
    typealias L = LooseLayoutsTests
    typealias T = ExamHoldout34Tests

    @Test("The count is the figure outside a bracket starting with うち")
    func innerQuota() throws {
        let rows = [
            ["区分", "試験", "職種", "採用予定数"],
            ["事務職", "大学卒業程度", "行政", "30名（うち社会人経験者枠3名）"], ["事務職", "高校卒業程度", "一般事務", "6名"],
            ["技術職", "大学卒業程度", "電気", "9名（うち障害者枠1名）"],
        ]
        let blocks = [
            T.table(rows, xs: [44...71, 140...194, 250...280, 330...496], y0: 580, step: 17, header: 1),
            L.block("※（ ）内の社会人経験者枠は、採用予定数の内数です。", x: 40, y: 655, size: 8),
        ]
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度採用予定", blocks)))
        #expect(E.read(exam) == ["administrative undergraduate 行政 30", "administrative undergraduate 一般事務 6", "technical undergraduate 電気 9"])
    }

    @Test("A grid cell's count keeps its figure outside an inner part's bracket; last year's figure still drops")
    func gridCount() {
        #expect(ExamGrid.count(in: "42名（うち社会人経験者枠6名）") == 42)
        #expect(ExamGrid.count(in: "7（うち女性2）") == 7)
        #expect(ExamGrid.count(in: "4（5）") == 4)
        #expect(ExamGrid.count(in: "（うち6名）") == nil)
        #expect(InnerQuota.stripped("12名(うち3名)") == "12名" && InnerQuota.stripped("12名(前年度3名)") == nil)
    }
}
