import Testing
@testable import BrochureKit

/// A numbered item's label and title over its paragraph line up as cells would.
@Suite("Item label lines")
struct ItemLabelLinesTests {
    private func lines(body: Bool) -> [String] {
        var b = PageBuilder()
        b.text("働き方改革の取組", x: 65, y: 203, size: 11.5)
        b.text("取組1", x: 56, y: 221, size: 10)
        b.text("テレワーク", x: 90, y: 221, size: 10)
        if body { b.text("週2日まで自宅で勤務できます。", x: 68, y: 233, size: 9) }
        b.text("取組2", x: 56, y: 246, size: 10)
        b.text("フレックスタイム制", x: 90, y: 246, size: 10)
        if body { b.text("コアタイムは10時から15時です。", x: 68, y: 258, size: 9) }
        return LayoutEngine().layout(b.page()).textLines
    }

    @Test("Label and title rows with a paragraph running across the gap between them are lines, not cells")
    func paragraphBetween() {
        let lines = lines(body: true)
        #expect(lines.contains("取組1 テレワーク") && lines.contains("取組2 フレックスタイム制"), "\(lines)")
    }

    @Test("Rows under headings set out left of them stay cells, as a table's rows under band rows do")
    func headingsOutdented() {
        var b = PageBuilder()
        for (i, (heading, label, item)) in [("◎正規職員採用試験（大学院卒程度）", "▷技術系", "システム6名"), ("◎正規職員採用試験（社会人経験者）", "▷事務系", "一般事務（経験者）30名")].enumerated() {
            let y = 646 + Double(i) * 30
            b.text(heading, x: 36, y: y, size: 8.3)
            b.text(label, x: 46, y: y + 14, size: 7.8)
            b.text(item, x: 92, y: y + 14, size: 7.8)
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(!lines.contains("▷技術系 システム6名"), "\(lines)")
    }

    @Test("The same rows with nothing between them stay two columns")
    func cellsWithoutParagraph() {
        let lines = lines(body: false)
        #expect(!lines.contains("取組1 テレワーク"), "\(lines)")
    }
}
