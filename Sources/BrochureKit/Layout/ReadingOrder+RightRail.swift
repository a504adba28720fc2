/// Section titles set across, one under another in a strip at the right of their sections.
extension ReadingOrder {
    /// Moves each section title of a right-hand strip, for ordering only, to a line just above
    /// the blocks on its left that start level with it: read as the section's title, before
    /// its text (`働きやすい職場づくり` at the right of its items, `仕事と生活の両立` further down).
    ///
    /// Breuel's rules read a column entirely right of another after it, so the strip's titles
    /// came after every section, and every section's text fell to the one above. A strip is
    /// two or more one-line titles naming sections, flush with each other on the left, with
    /// nothing right of them nor between them, each level with the top of a block on its left.
    func movingRightRailTitles(_ boxes: [Rect], units: [[Int]], blocks: [Block]) -> [Rect] {
        guard !vertical, let right = boxes.lazy.map(\.x1).max() else { return boxes }
        // (A strip at the right stands in the right half: the vocabulary is asked of those alone.)
        let titles = units.indices.filter { u in
            guard units[u].count == 1, boxes[u].x0 >= right / 2, case let block = blocks[units[u][0]], block.lines.count == 1,
                block.lines[0].orientation == .horizontal, SectionKind.opened(by: block.lines[0].text) != nil
            else { return false }
            return !boxes.indices.contains { $0 != u && boxes[$0].x1 > boxes[u].x0 + 0.5 && boxes[$0].yOverlap(boxes[u]) > 0 }
        }
        var moved = boxes
        for u in titles {
            let head = boxes[u]
            let rail = titles.filter { abs(boxes[$0].x0 - head.x0) <= 1 }
            guard rail.count >= 2, let strip = Rect.enclosing(rail.map { boxes[$0] }) else { continue }
            // The strip holds the titles alone, from the first down.
            // (Down to the page's foot: a page column's headings have its text under them.)
            guard !boxes.indices.contains(where: { !rail.contains($0) && boxes[$0].x1 > strip.x0 + 0.5 && boxes[$0].y1 > strip.y0 }) else { continue }
            let em = max(blocks[units[u][0]].lines[0].em, 1)
            let level = boxes.indices.filter { i in
                !rail.contains(i) && boxes[i].x1 <= head.x0 - em && boxes[i].y0 >= head.y0 - 1.2 * em && boxes[i].y0 <= head.y1
            }
            guard let area = Rect.enclosing(level.map { boxes[$0] }) else { continue }
            let top = min(head.y0, area.y0) - 1
            moved[u] = Rect(x0: area.x0, y0: top - 0.5, x1: area.x1, y1: top)
        }
        return moved
    }
}
