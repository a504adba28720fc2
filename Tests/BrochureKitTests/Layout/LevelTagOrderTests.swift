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

    @Test("Tags flush on one right edge, three or more, are read with their names however far; a column of one width at one left edge is no tags")
    func farTagsFlushRight() throws {
        var b = PageBuilder()
        for (r, (name, text, tag)) in [("育児休業", "男性職員も多く取得しています。", "子が3歳まで"), ("育児短時間勤務", "勤務時間を短くして働けます。", "子が小学校3年生修了まで"),
                                       ("子の看護休暇", "子が2人以上の場合は年10日です。", "年5日")].enumerated() {
            let y = 92 + Double(r) * 44
            b.text(name, x: 234, y: y, size: 9)
            b.text(text, x: 234, y: y + 18, size: 8.5)
            b.text(tag, x: 544 - 8.5 * Double(tag.count), y: y + 1, size: 8.5)
        }
        // Titles with a label of one width at the far left edge: none is a tag.
        for (r, (name, text, label)) in [("在宅勤務", "週3日まで在宅で働けます。", "第1期"), ("時差出勤", "始業時刻を選べます。", "第2期"),
                                          ("業務改革", "会議を半分に減らしました。", "第3期")].enumerated() {
            let y = 300 + Double(r) * 44
            b.text(name, x: 234, y: y, size: 9)
            b.text(text, x: 234, y: y + 18, size: 8.5)
            b.text(label, x: 500, y: y + 1, size: 8.5)
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        for (name, tag, text) in [("育児休業", "子が3歳まで", "男性職員も多く取得しています。"), ("子の看護休暇", "年5日", "子が2人以上の場合は年10日です。")] {
            let at = try #require(lines.firstIndex(of: tag))
            #expect(lines.firstIndex(of: name)! < at && at < lines.firstIndex(of: text)!, "\(lines)")
        }
        #expect(lines.firstIndex(of: "会議を半分に減らしました。")! < lines.firstIndex(of: "第1期")!, "\(lines)")
    }
}
