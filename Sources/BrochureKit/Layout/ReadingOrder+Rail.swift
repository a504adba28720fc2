/// Headings set upright in a rail at the right of their sections (`職場の取組` down the page's
/// right edge, beside the items it heads).
extension ReadingOrder {
    /// Moves each such heading, for ordering only, to a line just above its section, as wide
    /// as the section: read as the section's title, before the items to its left.
    ///
    /// Breuel's rules read a block entirely right of another after it, so a heading at the
    /// right of its section would come after all of it. A rail heading is upright, nothing
    /// stands right of it at its height, and its section is what starts level with it or
    /// beside it on its left, down to its foot, within six ems of it.
    func movingRailHeadings(_ boxes: [Rect], units: [[Int]], blocks: [Block]) -> [Rect] {
        guard !vertical else { return boxes }
        var moved = boxes
        for (u, unit) in units.enumerated() where unit.count == 1 {
            let block = blocks[unit[0]]
            guard block.kind == .heading, block.lines.count == 1, block.lines[0].orientation == .vertical else { continue }
            let head = block.box
            let em = max(block.lines[0].em, 1)
            let others = boxes.indices.filter { $0 != u }
            guard !others.contains(where: { boxes[$0].x0 >= head.x1 - 0.5 && boxes[$0].yOverlap(head) > 0 }) else { continue }
            let section = others.filter { i in
                boxes[i].x1 <= head.x0 + 0.5 && boxes[i].y0 >= head.y0 - 1.2 * em && boxes[i].y0 <= head.y1
            }
            guard let area = Rect.enclosing(section.map { boxes[$0] }), head.x0 - area.x1 <= 6 * em else { continue }
            let top = min(head.y0, area.y0) - 1
            moved[u] = Rect(x0: area.x0, y0: top - 0.5, x1: area.x1, y1: top)
        }
        return moved
    }
}
