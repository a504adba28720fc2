import Testing

@testable import BrochureKit

/// Exam tables whose track labels are set once over their rows, with categories that hold a
/// track word (`事務職`, `学校事務職`, `事務（法務・会計）`) and a note marker on a count (`6名 ※3`).
@Suite("Exam spans with track-word names and marked counts")
struct ExamMarkedSpansTests {
    private static let xs: [ClosedRange<Double>] = [45...73, 95...175, 205...239]

    private static func entries(_ rows: [[String]]) throws -> [String] {
        let exam = try #require(ExamBreakdownParser().parse(ExamCellCountsTests.part([
            ExamCellCountsTests.table([["区分", "職種", "予定数"]] + rows, xs: xs, y: 73, header: 1)
        ])))
        return exam.entries.map { "\($0.track.rawValue) \($0.category) \($0.count)" }
    }

    @Test("Categories ending in 職 that hold a track word (事務職, 学校事務職) right of a spanning track column are names")
    func trackWordNamesInShokuForm() throws {
        let found = try Self.entries([
            ["事務系", "事務職", "80名"], ["", "社会福祉職", "18名"], ["", "学校事務職", "12名"],
            ["技術系", "土木職", "30名"], ["", "建築職", "10名"],
        ])
        #expect(found == [
            "administrative 事務職 80", "administrative 社会福祉職 18", "administrative 学校事務職 12",
            "technical 土木職 30", "technical 建築職 10",
        ])
    }

    @Test("A note marker after a count (6名 ※3) leaves the count, so the spanning track column is still found")
    func markedCount() throws {
        let found = try Self.entries([
            ["事務系", "事務", "15名"], ["", "事務（法務・会計）", "3名"],
            ["技術系", "資源開発工学", "6名 ※3"], ["", "地質・地球科学", "5名"],
        ])
        #expect(found == [
            "administrative 事務 15", "administrative 事務(法務・会計) 3",
            "technical 資源開発工学 6", "technical 地質・地球科学 5",
        ])
    }

    @Test("Only a trailing marker with nothing but digits after it is dropped", arguments: [
        ("6名 ※3", "6名"), ("6名※", "6名"), ("資源開発工学※１", "資源開発工学"), ("※3", "※3"),
        ("※3 資源開発工学のうち2名程度は修士", "※3 資源開発工学のうち2名程度は修士"), ("15名", "15名"),
    ])
    func stripped(_ text: String, _ expected: String) {
        #expect(ExamNoteMarkers.stripped(text) == expected)
    }
}
