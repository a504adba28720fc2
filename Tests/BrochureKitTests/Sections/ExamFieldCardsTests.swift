import Testing

@testable import BrochureKit

/// Exam cards side by side (`ExamFieldCards`).
@Suite("Exam field cards")
struct ExamFieldCardsTests {
    static func cards(
        count: String = "9名", field: String = "区分", exam: String = "職員採用試験（大卒程度）", second: String = "試験", track: String = "事務職",
        titles: [String] = ["一般事務", "", "土木", "", "建築", ""]
    ) -> SectionSegmenter.Part {
        ExamCellCountsTests.part([ExamCellCountsTests.table([
            titles,
            [field, track, field, "技術職", field, "技術職"],
            [second, exam, second, exam, second, exam],
            ["採用予定人数", count, "採用予定人数", "3名", "採用予定人数", "1名"],
        ], xs: [50...90, 95...200, 210...250, 255...360, 370...410, 415...520], y: 100, header: 1)], heading: "令和8年度の採用予定")
    }

    @Test("Each card is its title's entry: the track from its 区分, the level from its exam, the count from its 人数")
    func cards() throws {
        let exam = try #require(ExamBreakdownParser().parse(Self.cards()))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 一般事務 9", "technical undergraduate 土木 3", "technical undergraduate 建築 1",
        ])
    }

    @Test("A column of other words than fields, or no count, is no card")
    func notCards() {
        #expect(ExamFieldCards.entries(in: Self.cards(field: "勤務先").blocks[0].block.table!, page: 1).isEmpty)
        #expect(ExamFieldCards.entries(in: Self.cards(count: "若干名").blocks[0].block.table!, page: 1).count == 2)
        // A column holding other words than fields is no card's, though it names a track and a count.
        #expect(ExamFieldCards.entries(in: Self.cards(second: "仕事の内容").blocks[0].block.table!, page: 1).isEmpty)
        // A card whose 区分 names no track, or with two titles over it, gives no entry.
        #expect(ExamFieldCards.entries(in: Self.cards(track: "専門職").blocks[0].block.table!, page: 1).count == 2)
        #expect(ExamFieldCards.entries(in: Self.cards(titles: ["一般事務", "行政", "土木", "", "建築", ""]).blocks[0].block.table!, page: 1).count == 2)
    }

    @Test("A card's level is its exam's, undergraduate when the exam names none")
    func levels() throws {
        let graduate = ExamFieldCards.entries(in: Self.cards(exam: "職員採用試験（大学院修了程度）").blocks[0].block.table!, page: 1)
        #expect(graduate.count == 3 && graduate.allSatisfy { $0.level == .graduate })
        let plain = ExamFieldCards.entries(in: Self.cards(exam: "職員採用試験").blocks[0].block.table!, page: 1)
        #expect(plain.count == 3 && plain.allSatisfy { $0.level == .undergraduate })
    }
}
