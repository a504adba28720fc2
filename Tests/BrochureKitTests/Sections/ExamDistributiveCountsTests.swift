import Testing

@testable import BrochureKit

/// Exam rows naming several jobs joined by `・` with one count for each (`各3名`).
@Suite("Exam breakdown: one count for each of several jobs (各)")
struct ExamDistributiveCountsTests {
    typealias E = ExamBreakdownParserTests
    typealias L = LooseLayoutsTests
    typealias T = ExamHoldout34Tests

    @Test("Each job of a `各` row is a category with the row's count")
    func eachJob() throws {
        let rows = [
            ["区分", "試験", "職種", "採用予定"],
            ["事務職", "大学卒業程度", "行政", "40名"], ["事務職", "大学卒業程度", "教育事務・警察事務", "各3名"],
            ["技術職", "大学卒業程度", "総合土木", "14名"], ["技術職", "大学卒業程度", "農業・林業・水産", "各4名"],
        ]
        let blocks = [
            T.table(rows, xs: ExamHoldout40Tests.xs, y0: 88, step: 19, header: 1),
            L.block("※「各」は、それぞれの職種の採用予定数です。", x: 73, y: 200, size: 8),
        ]
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度採用予定", blocks)))
        #expect(E.read(exam) == [
            "administrative undergraduate 行政 40", "administrative undergraduate 教育事務 3", "administrative undergraduate 警察事務 3",
            "technical undergraduate 総合土木 14", "technical undergraduate 農業 4", "technical undergraduate 林業 4",
            "technical undergraduate 水産 4",
        ])
    }

    @Test("Only a count led by 各 with a number is spread; a single name or 各若干名 is left as printed")
    func notSpread() {
        #expect(ExamDistributiveCounts.eachCount("各3名") == "3名")
        #expect(ExamDistributiveCounts.eachCount("各若干名") == nil)
        #expect(ExamDistributiveCounts.eachCount("3名") == nil)
        #expect(ExamDistributiveCounts.jobs("化学") == [])
        #expect(ExamDistributiveCounts.jobs("農業・林業") == ["農業", "林業"])
    }
}
