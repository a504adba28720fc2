import Testing

@testable import BrochureKit

/// Exam shapes of the fortieth blind set: ditto marks (`〃`) repeating the track and exam cells
/// above, a category holding a track word beside its row's track label, and bare counts
/// under a header that is only their unit (`人`).
@Suite("Exam breakdown: ditto marks, track words in names, a unit header")
struct ExamHoldout40Tests {
    typealias E = ExamBreakdownParserTests
    typealias L = LooseLayoutsTests
    typealias T = ExamHoldout34Tests

    static let xs: [ClosedRange<Double>] = [73.5...100.5, 180...234, 285...339, 454...509]

    @Test("A ditto mark repeats the cell above it, after that cell's own ditto is read")
    func dittoMarks() throws {
        let rows = [
            ["区分", "試験", "職種", "採用予定"],
            ["事務職", "大学卒業程度", "行政", "28名"], ["〃", "〃", "福祉", "4名"], ["〃", "高校卒業程度", "一般事務", "6名"],
            ["技術職", "大学卒業程度", "土木", "8名"], ["〃", "〃", "建築", "3名"], ["〃", "高校卒業程度", "土木（高卒）", "3名"],
        ]
        let blocks = [
            T.table(rows, xs: Self.xs, y0: 88, step: 19, header: 1),
            L.block("※「〃」は上の欄と同じです。", x: 73, y: 240, size: 8),
        ]
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度採用予定", blocks)))
        #expect(E.read(exam) == [
            "administrative undergraduate 行政 28", "administrative undergraduate 福祉 4", "administrative undergraduate 一般事務 6",
            "technical undergraduate 土木 8", "technical undergraduate 建築 3", "technical undergraduate 土木(高卒) 3",
        ])
    }

    @Test("A category opening with 計 (`計測技術`) is a name, not a total")
    func trackWordInName() throws {
        let rows = [
            ["区分", "試験", "職種", "採用予定"],
            ["事務職", "大学卒業程度", "一般事務", "6名"], ["技術職", "大学院修了程度", "材料評価", "3名"],
            ["技術職", "大学院修了程度", "計測技術", "2名"], ["技術職", "大学卒業程度", "設備保守", "2名"],
        ]
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度採用予定", [T.table(rows, xs: Self.xs, y0: 88, step: 19, header: 1)])))
        #expect(E.read(exam) == [
            "administrative undergraduate 一般事務 6", "technical graduate 材料評価 3", "technical graduate 計測技術 2", "technical undergraduate 設備保守 2",
        ])
        #expect(!ExamGrid.namesTotal("計測技術") && !ExamGrid.namesTotal("計画") && !ExamGrid.namesTotal("統計・数理"))
        #expect(ExamGrid.namesTotal("計") && ExamGrid.namesTotal("計(人)") && ExamGrid.namesTotal("事務系計") && ExamGrid.namesTotal("合計"))
    }

    @Test("A run of marks repeats the last cell printed in full; a mark under the header stays as printed")
    func dittoRuns() {
        let rows = [["区分", "試験"], ["〃", "x"], ["事務職", "大学卒業程度"], ["〃", "〃"], ["同上", "″"]]
        let table = ExamDittoMarks.resolved(T.table(rows, xs: Self.xs, y0: 88, step: 19, header: 1).block.table!)
        #expect(table.rows.map { $0.map(\.text) } == [["区分", "試験"], ["〃", "x"], ["事務職", "大学卒業程度"], ["事務職", "大学卒業程度"], ["事務職", "大学卒業程度"]])
    }

    @Test("Bare counts under a header that is only their unit (`人`, `（名）`) count people")
    func unitHeader() throws {
        let rows = [
            ["区分", "試験", "職種", "人"],
            ["事務系", "大学卒業程度", "行政", "4"], ["事務系", "高校卒業程度", "一般事務", "1"],
            ["技術系", "大学院修了程度", "船舶工学", "1"], ["技術系", "大学卒業程度", "海事", "2"],
        ]
        let xs: [ClosedRange<Double>] = [316.5...343.5, 357...420, 441...478, 521...527]
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "表3 令和8年度採用予定", [T.table(rows, xs: xs, y0: 406, step: 18, header: 1)])))
        #expect(E.read(exam) == [
            "administrative undergraduate 行政 4", "administrative undergraduate 一般事務 1", "technical graduate 船舶工学 1", "technical undergraduate 海事 2",
        ])
        #expect(ExamCellLines.headsCounts("人") && ExamCellLines.headsCounts("（名）") && ExamCellLines.headsCounts("人数"))
        #expect(!ExamCellLines.headsCounts("個人") && !ExamCellLines.headsCounts("年") && !ExamCellLines.headsCounts("()"))
    }
}
