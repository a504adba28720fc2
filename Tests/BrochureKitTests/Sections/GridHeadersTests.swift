import Testing

@testable import BrochureKit

/// Tables whose header says what a cell is: an exam matrix printed either way round (levels
/// down the side and tracks across, or tracks down the side and levels across), a cell wrapped
/// into the row under it, and a planned year marked only in a header row above the years.
@Suite("Grid headers")
struct GridHeadersTests {
    typealias E = ExamBreakdownParserTests

    static func read(_ rows: [[String]]) -> [String] {
        let part = E.part(rows, ys: rows.indices.map { 100 + Double($0) * 16 })
        return (ExamBreakdownParser().parse(part)?.entries ?? []).map { "\($0.track) \($0.level) \($0.category) \($0.count)" }
    }

    @Test("Levels down the side, tracks across the top: each column's cells take the track its header names")
    func tracksAcross() {
        #expect(Self.read([
            ["試験", "事務系", "技術系"],
            ["大卒程度試験", "法律：4名、経済：2名", "工学：3名"],
            ["院卒程度試験", "行政：1名", "工学：2名"],
        ]) == [
            "administrative undergraduate 法律 4", "administrative undergraduate 経済 2", "technical undergraduate 工学 3",
            "administrative graduate 行政 1", "technical graduate 工学 2",
        ])
    }

    @Test("Tracks down the side, levels across the top: each column's cells take the level its header names")
    func levelsAcross() {
        #expect(Self.read([
            ["区分", "大卒程度試験", "院卒程度試験"],
            ["事務系", "法律：5名、経済：2名", "行政：1名"],
            ["技術系", "デジタル：2名", "工学：1名"],
        ]) == [
            "administrative undergraduate 法律 5", "administrative undergraduate 経済 2", "administrative graduate 行政 1",
            "technical undergraduate デジタル 2", "technical graduate 工学 1",
        ])
    }

    @Test("A cell that breaks off inside a category (…化学・生物・) goes on in the cell under it")
    func wrappedCell() {
        let found = Self.read([
            ["試験", "事務系", "技術系"],
            ["大卒程度", "法律：4名、", "工学：3名、化学・生物・"],
            ["試験", "教養：1名", "薬学：1名"],
        ])
        #expect(found.contains("technical undergraduate 化学・生物・薬学 1"), "\(found)")
        #expect(!found.contains { $0.hasSuffix(" 薬学 1") }, "\(found)")
        #expect(found.contains("administrative undergraduate 教養 1"), "\(found)")
    }

    @Test("Years across under a header row of 実績 (spanning the actual years) and 予定: the year under 予定 is planned")
    func plannedByHeaderRow() {
        let record = HiringParser().parse(HiringParserTests.part([
            ["区分", "", "実績", "", "予定"],
            ["", "2022年度", "2023年度", "2024年度", "2025年度"],
            ["事務系", "9（4）", "10（5）", "8（4）", "10（4）"],
            ["技術系", "2（1）", "3（1）", "2（0）", "3（1）"],
            ["合計", "11（5）", "13（6）", "10（4）", "13（5）"],
        ], header: 2))
        #expect(HiringParserTests.read(record) == ["2022 11/5 9/4 2/1", "2023 13/6 10/5 3/1", "2024 10/4 8/4 2/0", "2025p 13/5 10/4 3/1"])
        #expect(!PlannedNote.isPlanHeader(["実績"]) && !PlannedNote.isPlanHeader(["採用予定者数は変わることがあります"]))
    }
}
