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
}
