import Testing
@testable import BrochureKit

/// A short block ending a heading's row: a masthead's date set right-aligned on its baseline.
@Suite("Masthead row reading order")
struct MastheadRowOrderTests {
    /// A masthead with its date at the page's right, a left column of text under it, and a
    /// table across the page at its foot; `rightColumn` sets a column of lines under the date.
    static func lines(rightColumn: Bool) -> [String] {
        var b = PageBuilder()
        b.text("北辰市 職員採用案内", x: 48, y: 55, size: 20)
        b.text("令和8年4月発行", x: 480, y: 64, size: 8)
        b.text("北辰市は丘陵の緑に恵まれたまちです。", x: 48, y: 107, size: 9)
        b.text("採用実績", x: 54, y: 125, size: 11)
        for (i, line) in ["令和６年度は十四名を採用しました。", "令和７年度は十六名を採用しました。", "令和８年度は十五名を予定しています。"].enumerated() {
            b.text(line, x: 48, y: 150 + Double(i) * 14, size: 9)
        }
        if rightColumn {
            for (i, line) in ["市役所本庁舎", "北辰駅から徒歩５分", "窓口は二階です"].enumerated() {
                b.text(line, x: 480, y: 107 + Double(i) * 14, size: 9)
            }
        }
        b.text("区分　試験　職種　採用予定数", x: 48, y: 260, size: 9)
        b.text("事務　上級　一般事務　５名", x: 48, y: 274, size: 9)
        return LayoutEngine().layout(b.page()).textLines
    }

    @Test("With no column under it, the date is read right after the masthead, before the column under the masthead")
    func dateAfterMasthead() {
        let lines = Self.lines(rightColumn: false)
        let date = lines.firstIndex(of: "令和8年4月発行")
        let lead = lines.firstIndex { $0.hasPrefix("北辰市は") }
        #expect(date != nil && lead != nil && date! < lead!, "\(lines)")
    }

    @Test("A note ending a column, level with a heading of the column at the left, stays at its column's end")
    func noteEndingColumn() {
        var b = PageBuilder()
        b.text("【採用窓口】", x: 28, y: 87, size: 10)
        for (i, line) in ["総合職事務系", "大臣官房人事課（北辰合同庁舎４階）", "【TEL】03-5253-8111"].enumerated() {
            b.text(line, x: 28, y: 104 + Double(i) * 12, size: 8)
        }
        b.text("【アクセス】", x: 28, y: 237, size: 10)
        for (i, line) in ["北辰市中央区霞が丘２-１-３", "北辰合同庁舎３号館", "北辰メトロ丸ノ内線「霞ケ丘」駅", "A３出口すぐ"].enumerated() {
            b.text(line, x: 28, y: 254 + Double(i) * 12, size: 8)
        }
        b.text("【配属実績】", x: 198, y: 87, size: 10)
        for (i, line) in ["大臣官房に５名", "総合政策局に４名", "国土政策局に２名", "都市局に３名", "道路局に３名", "住宅局に２名", "鉄道局に３名", "海事局に２名",
                          "港湾局に６名", "航空局に３名", "気象局に４名", "観光局に２名", "北辰局に５名", "南辰局に２名", "東辰局に３名", "西辰局に４名", "中辰局に６名"].enumerated() {
            b.text(line, x: 198, y: 104 + Double(i) * 14, size: 8)
        }
        b.text("【採用実績】", x: 377, y: 87, size: 10)
        for (i, line) in ["令和５年度　１１７名", "令和６年度　１１０名", "令和７年度　１１２名", "令和８年度　１２０名"].enumerated() {
            b.text(line, x: 377, y: 104 + Double(i) * 14, size: 8)
        }
        b.text("※（ ）内は女性の人数です。", x: 377, y: 238, size: 7)
        let lines = LayoutEngine().layout(b.page()).textLines
        let access = lines.firstIndex { $0.hasPrefix("A３出口") }
        let assigned = lines.firstIndex { $0.hasPrefix("大臣官房に") }
        let note = lines.firstIndex { $0.hasPrefix("※") }
        let last = lines.firstIndex { $0.hasPrefix("令和８年度") }
        #expect(access != nil && assigned != nil && access! < assigned!, "\(lines)")
        #expect(note != nil && last != nil && note! == last! + 1, "\(lines)")
    }

    @Test("With a column under it, the date heads that column, read after the column under the masthead")
    func dateHeadsColumn() {
        let lines = Self.lines(rightColumn: true)
        let date = lines.firstIndex(of: "令和8年4月発行")
        let lastLeft = lines.lastIndex { $0.hasPrefix("令和８年度は") }
        let firstRight = lines.firstIndex(of: "市役所本庁舎")
        #expect(date != nil && lastLeft != nil && firstRight != nil && lastLeft! < date! && date! + 1 == firstRight!, "\(lines)")
    }
}
