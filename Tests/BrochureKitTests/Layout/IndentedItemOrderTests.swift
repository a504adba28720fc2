import Testing
@testable import BrochureKit

/// A list's last item, indented under a group label, that starts just below the column beside it ends.
@Suite("Indented item reading order")
struct IndentedItemOrderTests {
    @Test("An item indented under a group label (〈技術系〉) continues its column, though it starts below the next column's end")
    func itemUnderGroupLabel() {
        var b = PageBuilder()
        b.text("配属実績", x: 144, y: 400, size: 12, bold: true)
        b.text("令和7年度採用者の配属先", x: 50, y: 423, size: 8.5)
        b.text("〈事務系〉", x: 50, y: 439, size: 8.5, bold: true)
        for (i, unit) in ["長官官房秘書課", "長官官房総務課", "式部職儀式課", "書陵部図書課"].enumerated() {
            b.text(unit, x: 60, y: 453 + Double(i) * 14, size: 8.5)
            b.text("1名", x: 268, y: 453 + Double(i) * 14, size: 8.5)
        }
        b.text("〈技術系〉", x: 50, y: 513, size: 8.5, bold: true)
        b.text("管理部工務課", x: 60, y: 527.5, size: 8.5)
        b.text("1名", x: 268, y: 527.5, size: 8.5)
        // The right column: a section whose last line ends level with the item's top.
        b.text("働き方の取組", x: 391, y: 369, size: 12, bold: true)
        for i in 0..<6 {
            b.text("儀式や行事の時間に合わせて始業と終業の時刻をずらし、", x: 322, y: 392 + Double(i) * 22.5, size: 8.5)
            b.text("超過勤務を抑えています。", x: 322, y: 403 + Double(i) * 22.5, size: 8.5)
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        let item = lines.firstIndex { $0.hasPrefix("管理部工務課") }
        let right = lines.firstIndex(of: "働き方の取組")
        #expect(item != nil && right != nil && item! < right!, "\(lines)")
    }
}
