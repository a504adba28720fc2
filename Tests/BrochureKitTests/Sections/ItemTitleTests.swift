import Testing

@testable import BrochureKit

@Suite("Item titles")
struct ItemTitleTests {
    @Test("Markers and numbers set before a title are not part of it", arguments: [
        ("■テレワークの推進", "テレワークの推進"), ("01 テレワークの推進", "テレワークの推進"), ("①メンター制度", "メンター制度"),
        ("(2)メンター制度", "メンター制度"), ("3. 若手の提案", "若手の提案"), ("1on1ミーティング", "1on1ミーティング"),
        ("360度評価", "360度評価"), ("◆ 現場実習", "現場実習"), ("1.5倍速の決裁", "1.5倍速の決裁"),
    ])
    func clean(_ raw: String, _ expected: String) {
        #expect(TitledParagraphs.cleanTitle(raw) == expected)
    }

    @Test("A title wholly in angle brackets is the name inside them; brackets that only open it or sit inside stay", arguments: [
        ("〈フリーアドレス〉", "フリーアドレス"), ("《木の執務空間》", "木の執務空間"), ("<休暇の計画取得>", "休暇の計画取得"),
        ("〈若手〉と〈幹部〉", "〈若手〉と〈幹部〉"), ("業務見直し皆議（かいぎ）", "業務見直し皆議（かいぎ）"),
    ])
    func bracketed(_ raw: String, _ expected: String) {
        #expect(TitledParagraphs.cleanTitle(raw) == expected)
    }

    @Test("A period in brackets after a support system's name is no part of the name; other brackets are", arguments: [
        ("育児休業（子が3歳に達するまで）", "育児休業", "子が3歳に達するまで"), ("配偶者出産休暇（2日）", "配偶者出産休暇", "2日"),
        ("産前・産後休暇（産前6週間・産後8週間）", "産前・産後休暇", "産前6週間・産後8週間"),
        ("多面観察（360度評価）", "多面観察(360度評価)", nil), ("育児休業", "育児休業", nil),
        ("育児参加のための休暇　5日", "育児参加のための休暇", "5日"), ("子の看護休暇 年5日（子が2人以上の場合は10日）", "子の看護休暇", "年5日(子が2人以上の場合は10日)"),
        ("第3局 調査官（令和2年度採用）", "第3局調査官(令和2年度採用)", nil),
        ("育児休業〔子が三歳に達するまで〕", "育児休業", "子が三歳に達するまで"), ("介護休暇〔通算六月まで〕", "介護休暇", "通算六月まで"),
        ("▶子の看護休暇（年5日（子が2人以上は10日））", "▶子の看護休暇", "年5日(子が2人以上は10日)"),
    ])
    func periodAfterName(_ raw: String, _ name: String, _ period: String?) {
        let split = SupportSystem.splitPeriod(raw)
        #expect(split.name == name && split.period == period)
    }

    @Test("A field label before a colon, or one of the few field words before a space, marks a field line; a name before its period does not", arguments: [
        ("期間：子が3歳に達するまで", true), ("期間　子が3歳に達するまで", true), ("対象 小学校就学前の子", true),
        ("育児休業　子が3歳に達するまで", false), ("期間", false), ("育児休業", false),
    ])
    func fieldLines(_ text: String, _ isField: Bool) {
        #expect(TitledParagraphs.isField(text) == isField)
    }
}

/// A definition list of support systems under a caption: terms at the left, each definition
/// of two lines centred on its term.
@Suite("Definition lists under a caption")
struct CaptionedDefinitionListTests {
    static func block(_ lines: [(String, Double, Double)], size: Double) -> (page: Int, block: Block) {
        let text = lines.map { TextLine(text: $0.0, box: Rect(x0: $0.1, y0: $0.2, x1: $0.1 + Double($0.0.count) * size, y1: $0.2 + size), fontSize: size, isBold: false, orientation: .horizontal) }
        return (1, Block(kind: .paragraph, box: Rect.enclosing(text.map(\.box))!, lines: text))
    }

    @Test("A caption a blank line above the first term takes no term as its text; each two-line definition centred on its term is that term's")
    func captionOverCentredDefinitions() {
        let blocks = [
            Self.block([("両立支援制度", 40, 174)], size: 9.5),
            Self.block([("育児休業", 46, 201)], size: 8.5),
            Self.block([("子が3歳に達するまで", 136, 195), ("男性職員の取得も増えています。", 136, 206)], size: 8.5),
            Self.block([("育児短時間勤務", 46, 232)], size: 8.5),
            Self.block([("子が小学校を卒業するまで", 136, 226), ("勤務時間を1日2時間まで短縮できます。", 136, 237)], size: 8.5),
        ]
        let part = SectionSegmenter.Part(kind: .supportSystems, heading: "両立支援", headingSize: 12, blocks: blocks, page: 1)
        let items = TitledParagraphs().split(part)
        #expect(items.map(\.title) == ["育児休業", "育児短時間勤務"], "\(items.map { ($0.title, $0.text) })")
        #expect(items.first?.text == "子が3歳に達するまで男性職員の取得も増えています。")
    }
}
