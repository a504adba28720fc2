/// Headings set upright in a rail at the right of their sections (`職場の取組` down the page's
/// right edge, beside the items it heads).
extension ReadingOrder {
    /// Moves each such heading, for ordering only, to a line just above its section, as wide
    /// as the section: read as the section's title, before the items to its left.
    ///
    /// Breuel's rules read a block entirely right of another after it, so a heading at the
    /// right of its section would come after all of it. A rail heading is upright, nothing
    /// stands right of it at its height, and its section is what starts level with it or
    /// beside it on its left, down to its foot, within six ems of it unless other headings share
    /// its rail.
    func movingRailHeadings(_ boxes: [Rect], units: [[Int]], blocks: [Block]) -> [Rect] {
        guard !vertical else { return boxes }
        var moved = boxes
        for (u, unit) in units.enumerated() where unit.count == 1 {
            let block = blocks[unit[0]]
            guard block.kind == .heading, block.lines.count == 1, block.lines[0].orientation == .vertical else { continue }
            let head = block.box
            let em = max(block.lines[0].em, 1)
            let others = boxes.indices.filter { $0 != u }
            // Nothing beside it reaches past its left edge: it stands at the right of all.
            guard !others.contains(where: { boxes[$0].x1 > head.x0 + 0.5 && boxes[$0].yOverlap(head) > 0 }) else { continue }
            let section = others.filter { i in
                boxes[i].x1 <= head.x0 + 0.5 && boxes[i].y0 >= head.y0 - 1.2 * em && boxes[i].y0 <= head.y1
            }
            // Near its section, or one of several set in one rail down the page.
            let railed = blocks.indices.contains { j in
                j != unit[0] && blocks[j].kind == .heading && blocks[j].lines.count == 1 && blocks[j].lines[0].orientation == .vertical
                    && abs(blocks[j].box.x0 - head.x0) <= 1 && blocks[j].box.yOverlap(head) <= 0
            }
            guard let area = Rect.enclosing(section.map { boxes[$0] }), railed || head.x0 - area.x1 <= 6 * em else { continue }
            let top = min(head.y0, area.y0) - 1
            moved[u] = Rect(x0: area.x0, y0: top - 0.5, x1: area.x1, y1: top)
        }
        return moved
    }
}
