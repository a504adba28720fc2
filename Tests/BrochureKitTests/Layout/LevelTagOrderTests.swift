import Testing
@testable import BrochureKit

/// Cards whose name has a tag at the card's right on its baseline, the card's text under the name.
@Suite("Level tag reading order")
struct LevelTagOrderTests {
    @Test("A card's name is read with the tag on its baseline, then the text under it; a title with text of its own beside it is no tag")
    func nameThenTagThenText() throws {
        var b = PageBuilder()
        b.text("育児休職", x: 48, y: 411, size: 9, bold: true)
        b.text("子が3歳に達するまで", x: 187, y: 412, size: 8)
        b.text("男性職員の取得率は約9割です。", x: 48, y: 431, size: 8)
        b.text("育児短時間勤務", x: 290, y: 411, size: 9, bold: true)
        b.text("子が小学校3年生を修了するまで", x: 390, y: 412, size: 8)
        b.text("1日の勤務時間を短縮できます。", x: 290, y: 431, size: 8)
        // Two titled items side by side: each title has its own text under it.
        b.text("テレワーク", x: 48, y: 520, size: 9, bold: true)
        b.text("在宅で勤務できる環境を整えています。", x: 48, y: 536, size: 8)
        b.text("フレックス", x: 290, y: 520, size: 9, bold: true)
        b.text("始業と終業の時刻を選べます。", x: 290, y: 536, size: 8)
        let lines = LayoutEngine().layout(b.page()).textLines
        let tag = try #require(lines.firstIndex(of: "子が3歳に達するまで"))
        let text = try #require(lines.firstIndex(of: "男性職員の取得率は約9割です。"))
        #expect(lines.firstIndex(of: "育児休職")! < tag && tag < text, "\(lines)")
        let left = try #require(lines.firstIndex(of: "在宅で勤務できる環境を整えています。"))
        #expect(left < lines.firstIndex(of: "フレックス")!, "\(lines)")
    }
}
