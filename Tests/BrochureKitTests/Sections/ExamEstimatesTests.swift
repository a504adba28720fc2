import Testing

@testable import BrochureKit

/// Exam plans given as estimates, each count followed by 程度 (`行政 52名程度`), in bulleted
/// prose that wraps after a `／`.
@Suite("Exam estimates")
struct ExamEstimatesTests {
    @Test("`N名程度` is N; a level's 程度 and a 若干名 note are no items")
    func estimateItems() {
        let pairs = ExamBreakdownParser.pairs(in: Normalized.compact("行政 52名程度／教育行政 8名程度／警察事務 6名程度"))
        #expect(pairs.map(\.0) == ["行政", "教育行政", "警察事務"])
        #expect(pairs.map(\.1) == [52, 8, 6])
        #expect(ExamBreakdownParser.pairs(in: Normalized.compact("大学卒業程度／獣医師・薬剤師は若干名程度")).isEmpty)
        #expect(ExamBreakdownParser.endsCleanly("警察事務6名程度"))
        #expect(!ExamBreakdownParser.endsCleanly("土木20名程度/農業"))
    }

    @Test("Bulleted prose: each track's run under its ● line, wrapped after ／; the track totals and the 若干名 note are no categories")
    func bulletedProse() {
        typealias E = ExamListWordsTests
        let blocks = [
            E.block([("上級試験（大学卒業程度）では、次の試験区分で採用を予定しています。", 40, 441, 283)]),
            E.block([("●事務系（計66名程度）", 40, 477, 147)], kind: .heading),
            E.block([("行政 52名程度／教育行政 8名程度／警察事務 6名程度", 50, 493, 269)]),
            E.block([("●技術系（計30名程度）", 40, 514, 147)], kind: .heading),
            E.block([("土木 20名程度／農業 4名程度／", 50, 530, 260), ("林業 4名程度／水産 2名程度", 50, 546, 230)]),
            E.block([("※獣医師・薬剤師は若干名を採用します。", 40, 566, 272)]),
        ]
        let breakdown = ExamBreakdownParser().parse(ExamCellCountsTests.part(blocks, heading: "令和8年度試験区分別の採用予定"))
        #expect(ExamBreakdownParserTests.read(breakdown) == [
            "administrative undergraduate 行政 52", "administrative undergraduate 教育行政 8", "administrative undergraduate 警察事務 6",
            "technical undergraduate 土木 20", "technical undergraduate 農業 4", "technical undergraduate 林業 4", "technical undergraduate 水産 2",
        ])
        #expect(breakdown?.cohortFiscalYear == 2026)
    }

    @Test("約 inside a word (経理・契約) leaves a category; 約 before a count is about, no category")
    func aboutInsideWords() {
        #expect(ExamBreakdownParser.pairs(in: "総務・人事3名、経理・契約2名、条約・規約1名").map(\.0) == ["総務・人事", "経理・契約", "条約・規約"])
        #expect(ExamBreakdownParser.pairs(in: "合計で約20名、行政約10名").isEmpty)
        #expect(ExamCellLines.isName("経理・契約"))
        // Beside its count in a cell of its own, as a tree of exams prints it.
        let table = Table(box: Rect(x0: 180, y0: 100, x1: 330, y1: 130), columns: [180...230, 300...330], rows: [
            [Table.Cell(text: "総務・人事", box: Rect(x0: 182, y0: 100, x1: 227, y1: 109)), Table.Cell(text: "3名", box: Rect(x0: 308, y0: 100, x1: 324, y1: 109.5))],
            [Table.Cell(text: "経理・契約", box: Rect(x0: 182, y0: 117, x1: 227, y1: 126)), Table.Cell(text: "2名", box: Rect(x0: 308, y0: 117, x1: 324, y1: 126.5))],
        ], headerRowCount: 0)
        #expect(ExamCellLines.pairs(in: table).pieces.map(\.piece.text) == ["総務・人事:3名", "経理・契約:2名"])
    }
}
