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
            // Nothing beside it reaches past its left edge: it stands at the right of all; or
            // it heads the article on its left, a newspaper's headline (`articleArea`).
            if others.contains(where: { boxes[$0].x1 > head.x0 + 0.5 && boxes[$0].yOverlap(head) > 0 }) {
                if let area = Self.articleArea(of: block, boxes: boxes, others: others) {
                    let top = min(head.y0, area.y0) - 1
                    moved[u] = Rect(x0: area.x0, y0: top - 0.5, x1: area.x1, y1: top)
                }
                continue
            }
            let left = others.filter { boxes[$0].x1 <= head.x0 + 0.5 }
            // A tab centred on its section (its top well below the section's): the stretch
            // between two gaps of the page whose middle is the tab's.
            let rail = units.indices.filter { v in
                v != u && units[v].count == 1 && blocks[units[v][0]].lines.contains { $0.orientation == .vertical } && abs(boxes[v].x0 - head.x0) <= 1
            }.map { boxes[$0] }
            let section = Self.centredSection(head, em: em, left: left, boxes, rail: rail) ?? left.filter { i in
                boxes[i].y0 >= head.y0 - 1.2 * em && boxes[i].y0 <= head.y1
            }
            // Near its section, or one of several set in one rail down the page.
            let railed = blocks.indices.contains { j in
                j != unit[0] && blocks[j].kind == .heading && blocks[j].lines.count == 1 && blocks[j].lines[0].orientation == .vertical
                    && abs(blocks[j].box.x0 - head.x0) <= 1 && blocks[j].box.yOverlap(head) <= 0
            }
            guard let area = Rect.enclosing(section.map { boxes[$0] }), railed || head.x0 - area.x1 <= 6 * em else {
                // (Further off, the article of its column alone: `articleArea`.)
                if let area = Self.articleArea(of: block, boxes: boxes, others: others, reach: 12) {
                    let top = min(head.y0, area.y0) - 1
                    moved[u] = Rect(x0: area.x0, y0: top - 0.5, x1: area.x1, y1: top)
                }
                continue
            }
            let top = min(head.y0, area.y0) - 1
            moved[u] = Rect(x0: area.x0, y0: top - 0.5, x1: area.x1, y1: top)
        }
        return moved
    }

    /// The blocks of `left` between the gap above `head` and the gap below it whose stretch is
    /// centred on the heading within an em, reaches at least an em above it and holds no other
    /// heading of its rail (`rail`); nil when no two gaps frame it so.
    static func centredSection(_ head: Rect, em: Double, left: [Int], _ boxes: [Rect], rail: [Rect]) -> [Int]? {
        let spans = left.map { (boxes[$0].y0, boxes[$0].y1) }.sorted { $0.0 < $1.0 }
        guard let first = spans.first else { return nil }
        // Gaps of at least 0.8 em where nothing on the left goes on.
        var gaps: [(Double, Double)] = []
        var bottom = first.1
        for span in spans.dropFirst() {
            if span.0 - bottom >= 0.8 * em { gaps.append((bottom, span.0)) }
            bottom = max(bottom, span.1)
        }
        let tops = [first.0] + gaps.map(\.1)
        let bottoms = gaps.map(\.0) + [bottom]
        var best: (top: Double, bottom: Double, off: Double)? = nil
        for top in tops where top <= head.y0 - em {
            for end in bottoms where end >= head.y1 {
                let off = abs((top + end) / 2 - head.midY)
                guard off <= em, !rail.contains(where: { $0.y1 > top && $0.y0 < end }) else { continue }
                if best == nil || off < best!.off { best = (top, end, off) }
            }
        }
        guard let best else { return nil }
        return left.filter { boxes[$0].y0 >= best.top - 0.5 && boxes[$0].y1 <= best.bottom + 0.5 }
    }
}
