import Testing

@testable import BrochureKit

/// Initiatives with no title line, each a marked sentence naming its item in 『』 (the shape of
/// holdout94's tohoku-unyu p2).
@Suite("Items named in 『』 inside their sentences")
struct QuotedItemTitlesTests {
    typealias L = LooseLayoutsTests

    static func part(_ lines: [String]) -> SectionSegmenter.Part {
        L.part(.initiatives, "働きやすい職場づくり", lines.enumerated().map { L.block($1, x: 40, y: 100 + 12 * Double($0), size: 9) })
    }

    static let sentences = [
        "職員一人ひとりが力を発揮できるよう、次の取組を進めています。",
        "○始業・終業の時刻を職員が選べる『フレックスタイム制』を", "導入しています。",
        "○業務に応じて在宅で働ける『テレワーク』を推進しています。",
        "○夏季休暇と年次休暇を組み合わせて連続して休む", "『休暇の計画取得』を呼びかけています。",
    ]

    @Test("Each marked sentence is an item titled by the term it quotes, its wrapped lines its own; the lead is no item's")
    func quotedTitles() throws {
        let items = TitledParagraphs().split(Self.part(Self.sentences))
        #expect(items.map(\.title) == ["フレックスタイム制", "テレワーク", "休暇の計画取得"])
        #expect(items.first?.text == "始業・終業の時刻を職員が選べる『フレックスタイム制』を導入しています。")
    }

    @Test("A sentence quoting no term, or two, or one marked sentence alone: read by title lines")
    func notQuotedTitles() {
        var none = Self.sentences
        none[3] = "○業務に応じて在宅で働ける制度を推進しています。"
        #expect(TitledParagraphs.quotedTitles(Self.part(none)) == nil)
        var two = Self.sentences
        two[3] = "○『テレワーク』と『サテライトオフィス』を推進しています。"
        #expect(TitledParagraphs.quotedTitles(Self.part(two)) == nil)
        #expect(TitledParagraphs.quotedTitles(Self.part(Array(Self.sentences.prefix(3)))) == nil)
        var unfinished = Self.sentences
        unfinished[3] = "○『テレワーク』の推進"
        #expect(TitledParagraphs.quotedTitles(Self.part(unfinished)) == nil)
    }
}
