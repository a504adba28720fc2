import Testing

@testable import BrochureKit

/// A track's planned count with its categories' counts in a bracket after it, the track named
/// in the column beside and the bracket wrapped over two lines (the shape of holdout94's
/// chubu-seibi p2).
@Suite("Exams: categories in a bracket after the track's count")
struct ExamInnerCountsTests {
    typealias L = LooseLayoutsTests

    @Test("Each category in the bracket is an entry of the track beside it")
    func entries() throws {
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度の採用予定", [
            L.block("試験：国家公務員採用一般職試験（大卒程度試験）", x: 44, y: 80, size: 9),
            (1, Block(kind: .paragraph, box: Rect(x0: 44, y0: 102, x1: 72, y1: 129), lines: [
                TextLine(text: "事務系", box: Rect(x0: 44, y0: 102, x1: 72, y1: 111), fontSize: 9, isBold: false, orientation: .horizontal),
                TextLine(text: "技術系", box: Rect(x0: 44, y0: 120, x1: 72, y1: 129), fontSize: 9, isBold: false, orientation: .horizontal),
            ])),
            (1, Block(kind: .paragraph, box: Rect(x0: 82, y0: 102, x1: 246, y1: 143), lines: [
                TextLine(text: "24名（うち行政24名）", box: Rect(x0: 82, y0: 102, x1: 182, y1: 111), fontSize: 9, isBold: false, orientation: .horizontal),
                TextLine(text: "52名（うち土木40名、建築4名、", box: Rect(x0: 82, y0: 120, x1: 226, y1: 129), fontSize: 9, isBold: false, orientation: .horizontal),
                TextLine(text: "電気・電子・情報5名、機械3名）", box: Rect(x0: 101, y0: 134, x1: 246, y1: 143), fontSize: 9, isBold: false, orientation: .horizontal),
            ])),
        ])))
        #expect(exam.entries.map { "\($0.track.rawValue) \($0.category) \($0.count)" } == [
            "administrative 行政 24", "technical 土木 40", "technical 建築 4", "technical 電気・電子・情報 5", "technical 機械 3",
        ])
    }

    @Test("A bracket whose items add up to the count before it gives them; any other bracket gives nothing", arguments: [
        ("52名(うち土木40名、建築12名)", "土木40名、建築12名"), ("技術系 52名(うち土木40名、建築12名)", "技術系:土木40名、建築12名"),
        ("52名(うち土木40名、建築4名)", nil), ("5名(うち女性5名)", nil), ("土木40名、建築4名", nil), ("52名(土木40名、建築12名)", nil),
    ] as [(String, String?)])
    func categories(text: String, expected: String?) {
        #expect(ExamInnerCounts.categories(text) == expected)
    }

    @Test("A bracket left open after a count goes on on the next line; a closed one does not")
    func open() {
        #expect(ExamInnerCounts.isOpen("52名(うち土木40名、建築4名、"))
        #expect(!ExamInnerCounts.isOpen("52名(うち土木40名、建築12名)"))
        #expect(!ExamInnerCounts.isOpen("土木40名、建築4名、"))
    }
}
