import Testing

@testable import BrochureKit

/// Initiative cards whose title is set under their text, as a caption under a picture.
@Suite("Titles under their text")
struct TitlesUnderTextTests {
    typealias L = LooseLayoutsTests
    typealias S = SidebarContactsAndRoutesTests

    @Test("Each card's text with the title straight under it in larger type is one item")
    func titlesUnder() {
        let part = L.part(.initiatives, "働きやすい職場づくり", [
            S.block(["毎週水曜日は", "定時退庁を", "呼びかけています。"], x: 56, y: 88), L.block("ノー残業デー", x: 56, y: 135, size: 11, kind: .heading),
            S.block(["年次休暇を", "年15日以上取る", "ことが目標です。"], x: 317, y: 88), L.block("年休取得の推進", x: 317, y: 135, size: 11, kind: .heading),
        ])
        let items = TitledParagraphs().split(part)
        #expect(items.map(\.title) == ["ノー残業デー", "年休取得の推進"])
        #expect(items.first?.text == "毎週水曜日は定時退庁を呼びかけています。")
    }

    @Test("Titles over their text, or a title far under a block, are read as before")
    func titlesOver() {
        let over = L.part(.initiatives, "働きやすい職場づくり", [
            L.block("ノー残業デー", x: 56, y: 70, size: 11, kind: .heading), S.block(["毎週水曜日は定時退庁を呼びかけています。"], x: 56, y: 88),
            L.block("年休取得の推進", x: 56, y: 120, size: 11, kind: .heading), S.block(["年次休暇を年15日以上取ることが目標です。"], x: 56, y: 138),
        ])
        #expect(TitledParagraphs.titlesUnder(over) == nil)
        let far = L.part(.initiatives, "働きやすい職場づくり", [
            S.block(["毎週水曜日は", "定時退庁を", "呼びかけています。"], x: 56, y: 88), L.block("ノー残業デー", x: 56, y: 200, size: 11, kind: .heading),
            S.block(["年次休暇を", "年15日以上取る", "ことが目標です。"], x: 317, y: 88), L.block("年休取得の推進", x: 317, y: 135, size: 11, kind: .heading),
        ])
        #expect(TitledParagraphs.titlesUnder(far) == nil)
        let small = L.part(.initiatives, "働きやすい職場づくり", [
            S.block(["毎週水曜日は", "定時退庁を", "呼びかけています。"], x: 56, y: 88), L.block("ノー残業デー", x: 56, y: 128, size: 9),
            S.block(["年次休暇を", "年15日以上取る", "ことが目標です。"], x: 317, y: 88), L.block("年休取得の推進", x: 317, y: 128, size: 9),
        ])
        #expect(TitledParagraphs.titlesUnder(small) == nil)
        // A sentence under a block, however large, titles nothing.
        let sentence = L.part(.initiatives, "働きやすい職場づくり", [
            S.block(["毎週水曜日は", "定時退庁を", "呼びかけています。"], x: 56, y: 88), L.block("詳しくは人事係までお問い合わせください。", x: 56, y: 135, size: 11),
            S.block(["年次休暇を", "年15日以上取る", "ことが目標です。"], x: 317, y: 88), L.block("年休取得の推進", x: 317, y: 135, size: 11, kind: .heading),
        ])
        #expect(TitledParagraphs.titlesUnder(sentence) == nil)
    }
}
