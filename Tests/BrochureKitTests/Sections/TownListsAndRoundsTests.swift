import Testing

@testable import BrochureKit

/// Marked items in one block, a web address under a contact, a regional weather office's
/// name, years named relative to the edition, run-in assignments after `事務職：`, and a
/// category offered in two rounds of the exam.
@Suite("Town lists, relative years and exam rounds")
struct TownListsAndRoundsTests {
    typealias L = LooseLayoutsTests

    static func block(_ lines: [String], x: Double = 42, y: Double = 100, size: Double = 9) -> (page: Int, block: Block) {
        let textLines = lines.enumerated().map { i, text in
            let box = Rect(x0: x, y0: y + Double(i) * 13, x1: x + Double(text.count) * size, y1: y + Double(i) * 13 + size)
            return TextLine(text: text, box: box, fontSize: size, isBold: false, orientation: .horizontal)
        }
        return (1, Block(kind: .list, box: Rect.enclosing(textLines.map(\.box))!, lines: textLines))
    }

    @Test("In a block of marked items each over its text, every marked line is an item's title, however wide")
    func markedItemsInOneBlock() {
        let part = L.part(.supportSystems, "両立支援制度", [Self.block([
            "○育児休業（子が3歳に達するまで）", "男性職員の取得も進んでいます。", "○介護休暇（通算6か月まで）", "3回まで分割して取得できます。",
        ])])
        #expect(TitledParagraphs().split(part).map { "\($0.title)|\($0.text)" } == [
            "育児休業(子が3歳に達するまで)|男性職員の取得も進んでいます。", "介護休暇(通算6か月まで)|3回まで分割して取得できます。",
        ])
    }

    @Test("A web address under a contact is no part of its office; a regional weather office names itself")
    func webAddressAndWeatherOffice() {
        #expect(ContactAsides.isWebAddress("採用サイトhttps://www.hrr.mlit.go.jp/") && !ContactAsides.isWebAddress("総務部人事課任用係"))
        #expect(CoverTitle.name("仙台管区気象台") == "仙台管区気象台")
        #expect(OrganizationFinder.domains["kishou"] == "気象庁")
    }

    @Test("A year named relative to the edition is the edition's fiscal year and its offset", arguments: [
        ("今年度（予定）", 0), ("昨年度", -1), ("本年度", 0), ("来年度", 1),
    ])
    func relativeYears(_ label: String, _ offset: Int) throws {
        let year = try #require(YearLabel(label))
        #expect(RelativeYear.isStandIn(year.fiscalYear))
        let row = HiringRecord.Row(fiscalYear: year.fiscalYear, label: year.label, planned: year.planned, total: nil, administrative: nil, technical: nil)
        #expect(RelativeYear.resolved([row], base: 2026).map(\.fiscalYear) == [2026 + offset])
        #expect(RelativeYear.resolved([row], base: nil).isEmpty)
        #expect(RelativeYear.fiscalYear(ofEdition: "2026-04") == 2026 && RelativeYear.fiscalYear(ofEdition: "2026-03") == 2025)
        #expect(!RelativeYear.isStandIn(2026))
    }

    @Test("Run-in assignments after a track's word and a colon count each unit for that track")
    func colonRuns() throws {
        let rows = try #require(InlineRunAssignments.rows(in: [Self.block(["事務職：総務課1名、企画調整課1名、町民課1名", "技術職：建設課2名"])]))
        #expect(rows.map { "\($0.unit) \($0.administrative) \($0.technical)" } == ["総務課 1 0", "企画調整課 1 0", "町民課 1 0", "建設課 0 2"])
        #expect(InlineRunAssignments.label(opening: "問合せ：総務課") == nil)
    }

    @Test("A category offered in two rounds of the exam is one category of both rounds' counts")
    func rounds() {
        typealias E = ExamBreakdown.Entry
        let merged = ExamBreakdown.mergingRounds([
            E(track: .administrative, level: .undergraduate, category: "一般事務", count: 4), E(track: .technical, level: .undergraduate, category: "土木", count: 1),
            E(track: .administrative, level: .undergraduate, category: "一般事務", count: 2), E(track: .administrative, level: .graduate, category: "一般事務", count: 1),
        ])
        #expect(merged.map { "\($0.category) \($0.level.rawValue) \($0.count)" } == ["一般事務 undergraduate 6", "土木 undergraduate 1", "一般事務 graduate 1"])
    }

    @Test("A hashtag before a title is a mark; before a figure it is a number", arguments: [
        ("＃テレワーク", "テレワーク"), ("#フレックスタイム制", "フレックスタイム制"), ("#1 研修", "#1 研修"),
    ])
    func hashtagTitles(_ title: String, _ cleaned: String) {
        #expect(TitledParagraphs.cleanTitle(title) == cleaned)
    }
}
