import Testing

@testable import BrochureKit

/// Assignments counted in marks a key names (`情報通信部 ■□`, `■＝事務系1人 □＝技術系1人`).
@Suite("Tally marks")
struct TallyMarksTests {
    typealias L = LooseLayoutsTests

    @Test("Each unit's marks count for the tracks the key gives them, a mark standing for as many as the key says")
    func keyedMarks() throws {
        let part = L.part(.assignments, "配属実績", [
            L.block("令和7年度採用者の配属先（1マス＝1人）", x: 42, y: 100),
            L.block("総務部　■", x: 42, y: 120), L.block("情報通信部　■□", x: 42, y: 134), L.block("無線通信部　□□□□", x: 42, y: 148),
            L.block("■＝事務系1人 □＝技術系1人", x: 42, y: 170),
        ])
        let record = try #require(AssignmentsParser().parse(part))
        #expect(record.rows.map { "\($0.unit) \($0.administrative) \($0.technical)" } == ["総務部 1 0", "情報通信部 1 1", "無線通信部 0 4"])
        #expect(record.cohortFiscalYear == 2025)
        let key = try #require(TallyMarks.key(in: ["●：事務職2名　○：技術職1名"]))
        #expect(key["●"]?.0 == .administrative && key["●"]?.1 == 2 && key["○"]?.0 == .technical)
    }

    @Test("No key, a mark the key does not name, or a single row: no tally")
    func noTally() {
        let rows = [L.block("総務部　■", x: 42, y: 120), L.block("情報通信部　■□", x: 42, y: 134)]
        #expect(TallyMarks.rows(in: rows) == nil)
        #expect(TallyMarks.rows(in: rows + [L.block("■＝事務系1人", x: 42, y: 170)]) == nil)
        #expect(TallyMarks.rows(in: [rows[0], L.block("■＝事務系1人", x: 42, y: 170)]) == nil)
        #expect(TallyMarks.key(in: ["■事務系の採用", "■＝研修1回"]) == nil)
    }
}
