import Testing

@testable import BrochureKit

/// Two columns of items, the left one running on below the right one's end, over a box across
/// the page whose text is set at its left: the left column is read to its end, then the right
/// column, then the box.
@Suite("Items down a long column")
struct ItemsDownALongColumnTests {
    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("研修", x: 52, y: 52, size: 11.5, bold: true)
        for (k, line) in ["新任職員研修、階層別研修のほか、", "展示や文化財の取り扱いを", "学芸部門から学べます。"].enumerated() {
            b.text(line, x: 52, y: 76 + Double(k) * 13, size: 9)
        }
        b.text("働きやすい職場づくり", x: 52, y: 142, size: 11.5, bold: true)
        b.text("■時差出勤", x: 52, y: 168, size: 9.5, bold: true)
        b.text("始業時刻を4つの区分から", x: 62, y: 183, size: 8.5)
        b.text("選べます。", x: 62, y: 196, size: 8.5)
        b.text("■年次休暇の計画取得", x: 52, y: 218, size: 9.5, bold: true)
        b.text("展覧会の会期に合わせて", x: 62, y: 233, size: 8.5)
        b.text("計画的に休暇を取得しています。", x: 62, y: 246, size: 8.5)
        b.text("両立支援制度", x: 299, y: 52, size: 11.5, bold: true)
        b.text("●育児休業（子が3歳に達するまで）", x: 299, y: 78, size: 9.5, bold: true)
        b.text("男女とも取得できます。", x: 309, y: 93, size: 8.5)
        b.text("●介護休暇（通算6か月）", x: 299, y: 114, size: 9.5, bold: true)
        b.text("3回まで分割して取得できます。", x: 309, y: 129, size: 8.5)
        b.text("お問い合わせ", x: 66, y: 346, size: 11, bold: true)
        b.text("九州国立博物館総務課", x: 66, y: 368, size: 9)
        b.text("TEL 092-918-2807", x: 66, y: 382, size: 9)
        b.text("アクセス", x: 66, y: 426, size: 11, bold: true)
        b.text("西鉄太宰府線太宰府駅から徒歩約10分", x: 66, y: 448, size: 8.5)
        return b
    }

    @Test("The left column's last item, alone below the right column's end, is read before the right column")
    func lastItemBeforeTheRightColumn() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let order = ["■時差出勤", "■年次休暇の計画取得", "両立支援制度", "お問い合わせ"].map { title in lines.firstIndex { $0.hasPrefix(title) } ?? -1 }
        #expect(order == order.sorted() && !order.contains(-1), "\(lines)")
    }

    @Test("A section heading far under the left column, with the right column ended above, starts the box after both")
    func boxAfterBothColumns() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let right = lines.firstIndex { $0.hasPrefix("3回まで分割") } ?? -1
        let box = lines.firstIndex { $0.hasPrefix("お問い合わせ") } ?? -1
        #expect(right >= 0 && box > right, "\(lines)")
    }
}
