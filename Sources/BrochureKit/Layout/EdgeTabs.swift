/// Tabs down a page's edge (`はじめに` `はたらく` `データ` set vertically in the right margin of
/// every page): read after the page's text.
///
/// A tab stands beside the page's columns at whatever height its chapter has, and the reading
/// order fits it in between the columns' blocks: a tab level with two headings side by side
/// kept the headings together, away from the columns they head. Only the document tells a
/// tab (the same words at the same place on every page, marked furniture) from a heading set
/// vertically at the page's edge (`採用実績` beside its section): so pages whose margin holds
/// furniture set vertically are laid out again with those lines set aside.
enum EdgeTabs {
    /// `lines` without those standing where `tabs` stand, and those lines.
    static func split(_ lines: [TextLine], at tabs: [Rect]) -> (body: [TextLine], tabs: [TextLine]) {
        guard !tabs.isEmpty else { return (lines, []) }
        var body: [TextLine] = []
        var set: [TextLine] = []
        for line in lines {
            let mid = (x: line.box.midX, y: line.box.midY)
            if tabs.contains(where: { ($0.x0...$0.x1).contains(mid.x) && ($0.y0...$0.y1).contains(mid.y) }) { set.append(line) } else { body.append(line) }
        }
        return body.isEmpty ? (lines, []) : (body, set)
    }

    /// The boxes of `page`'s furniture set vertically at its left or right edge.
    static func boxes(on page: PageLayout) -> [Rect] {
        page.blocks.filter { block in
            (block.kind == .header || block.kind == .footer) && block.lines.allSatisfy { $0.orientation == .vertical }
                && (block.box.x1 <= page.width * RunningFurniture.marginShare || block.box.x0 >= page.width * (1 - RunningFurniture.marginShare))
        }.map(\.box)
    }
}
