import Testing

@testable import BrochureKit

/// Shapes of holdout82/83: an edition word between the date and `発行`, running item labels,
/// dashed and square-bracketed periods, a parent body in brackets after the name, `BRT` lines,
/// times in hours, and a name a hair off its count's baseline.
@Suite("Edition words, item labels and dashed periods")
struct EditionWordsAndItemLabelsTests {
    @Test("An edition named between the date and `発行` leaves the date the issue's")
    func editionWords() {
        #expect(EditionFinder.withoutEditionWord("令和8年4月初版") == "令和8年4月")
        #expect(EditionFinder.withoutEditionWord("2026年4月改訂版") == "2026年4月" && EditionFinder.withoutEditionWord("令和8年4月第3版") == "令和8年4月")
        #expect(EditionFinder.withoutEditionWord("令和8年4月") == "令和8年4月" && EditionFinder.withoutEditionWord("第二版") == "第二版")
        #expect(EditionFinder.find(EditionWindowTests.layout([["兵庫教育大学", "職員採用案内", "令和8年4月 初版発行"]]))?.asOf == "2026-04")
        #expect(EditionFinder.find(EditionWindowTests.layout([["兵庫教育大学", "職員採用案内", "初版発行"]])) == nil)
        // The masthead's date counts beside an older `現在` date further down, as the colophon's would not.
        #expect(EditionFinder.find(EditionWindowTests.layout([["兵庫教育大学", "令和8年4月 初版発行", "職員数 令和7年4月1日現在"]]))?.asOf == "2026-04")
    }

    @Test("A running label and its number before a title is no part of it; a word that only starts so is", arguments: [
        ("取組1　テレワーク", "テレワーク"), ("POINT 2 フレックスタイム制", "フレックスタイム制"), ("その③：時差出勤", "時差出勤"),
        ("取組方針", "取組方針"), ("その他の制度", "その他の制度"), ("事例1", "事例1"), ("取組 テレワーク", "取組 テレワーク"), ("取組：テレワーク", "取組：テレワーク"),
    ])
    func itemLabels(_ title: String, _ cleaned: String) {
        #expect(TitledParagraphs.cleanTitle(title) == cleaned)
    }

    @Test("A period after a dash or in square brackets is the period; a dash inside a name is not a separator", arguments: [
        ("育児休業 ― 子が3歳に達するまで", "育児休業", "子が3歳に達するまで"), ("育児休業―子が3歳に達するまで", "育児休業", "子が3歳に達するまで"),
        ("育児休業［子が3歳に達するまで］", "育児休業", "子が3歳に達するまで"), ("介護休暇［通算6か月］", "介護休暇", "通算6か月"),
    ])
    func dashedPeriods(_ title: String, _ name: String, _ period: String) {
        let split = SupportSystem.splitPeriod(title)
        #expect(split.name == name && split.period == period)
    }

    @Test("Text after a dash that is no period stays with the name")
    func dashWithoutPeriod() {
        #expect(SupportSystem.splitPeriod("ワーク―ライフ・バランス").period == nil)
    }

    @Test("A parent body's name in brackets after the name is no part of it; other brackets keep the name from being one")
    func parentInBrackets() {
        #expect(CoverTitle.name("佐伯河川国道事務所(九州地方整備局)") == "佐伯河川国道事務所")
        #expect(CoverTitle.name("宇宙航空研究開発機構(JAXA)") == "宇宙航空研究開発機構")
        #expect(CoverTitle.name("佐伯河川国道事務所(番匠川沿い)") == nil)
    }

    @Test("`BRT` ends a line's name; a time in hours leads on from the station as minutes do")
    func brtAndHours() throws {
        #expect(try #require(BareStation.route(["JR気仙沼線BRT市立病院駅から徒歩約3分"], start: nil)).station == "市立病院")
        #expect(try #require(BareStation.route(["JR豊肥本線肥後大津駅から車で約1時間"], start: nil)).station == "肥後大津")
        #expect(BareStation.givesHours("駅から車で約1時間") && !BareStation.givesHours("駅の営業時間") && !BareStation.givesHours("時間"))
    }

    @Test("A count's name is the nearest left of it among those level with it, a hair off included")
    func nameLevelWithCount() {
        let boxes = [
            Rect(x0: 155, y0: 123.75, x1: 236, y1: 132.75),  // the exam's title, on the count's baseline
            Rect(x0: 320, y0: 123.75, x1: 347, y1: 132.9),  // the name, its box a hair taller (a second line under it)
            Rect(x0: 320, y0: 135, x1: 390, y1: 142),  // the second line
        ]
        let count = Rect(x0: 507, y0: 123.75, x1: 513, y1: 132.75)
        #expect(ExamLinePairs.nearest(to: count, among: [0, 1, 2], box: { boxes[$0] }) == 1)
        #expect(ExamLinePairs.nearest(to: count, among: [0, 2], box: { boxes[$0] }) == 0)
    }
}
