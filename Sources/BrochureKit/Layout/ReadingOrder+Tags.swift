/// Cards whose name has a tag on its baseline at the card's right (`育児休職 … 子が3歳に達するまで`),
/// with the card's text under the name.
extension ReadingOrder {
    /// Joins each such name and its tag into one unit, read name first, then the tag.
    ///
    /// Breuel's rules read a block entirely left of another first: a text under the name
    /// that stops short of the tag is read before the tag, splitting the card's first line
    /// from its tag. A name of a line, a one-line tag level with it a few ems to its right
    /// with nothing between, and a text starting under the name within an em and a half,
    /// wider than the name but ending left of the tag's end, make the card. A tag with a text
    /// of its own under it is the next card's (or column's) title, not a tag. Three tags or
    /// more flush on one right edge (a column of pills) pair however far from their names.
    func joiningLevelTags(_ units: [[Int]], blocks: [Block]) -> [[Int]] {
        guard !vertical, units.count >= 3 else { return units }
        let single = units.indices.filter { units[$0].count == 1 && blocks[units[$0][0]].table == nil }
        func box(_ u: Int) -> Rect { blocks[units[u][0]].box }
        // (Decided once per unit: the pairings below ask it of every pair.)
        let isOneLine = units.map { unit -> Bool in
            guard let first = unit.first else { return false }
            let block = blocks[first]
            return block.lines.count == 1 && block.lines[0].orientation == .horizontal && CharacterBound.atMost(20, block.lines[0].text)
        }
        func oneLine(_ u: Int) -> Bool { isOneLine[u] }
        func textUnder(_ u: Int) -> Int? {
            let em = max(box(u).height, 1)
            return units.indices.first { t in
                t != u && abs(box(t).x0 - box(u).x0) <= 0.5 * em && box(t).y0 >= box(u).y1 - 0.5 && box(t).y0 - box(u).y1 <= 1.5 * em
            }
        }
        // Tags ending on one right edge, three or more (a column of pills at the cards' right
        // edge), may stand any distance from their names: the edge, not the gap, pairs them.
        // (Right-aligned: their left edges differ. Headings of one width at one left edge
        // are a column of section titles.)
        let flush = Set(single.filter { r in
            guard oneLine(r), blocks[units[r][0]].kind != .heading else { return false }
            let edge = single.filter { oneLine($0) && blocks[units[$0][0]].kind != .heading && abs(box($0).x1 - box(r).x1) <= 1 }
            return edge.count >= 3 && Set(edge.map { Int(box($0).x0.rounded()) }).count >= 2
        })
        var tagOf: [Int: Int] = [:]
        var taken: Set<Int> = []
        for name in single where oneLine(name) && CharacterBound.atMost(12, blocks[units[name][0]].lines[0].text) {
            let head = box(name)
            let em = max(head.height, 1)
            guard let text = textUnder(name), box(text).x1 > head.x1 else { continue }
            let tags = single.filter { r in
                r != name && oneLine(r) && abs(box(r).y0 - head.y0) <= 0.3 * em && box(r).x0 >= head.x1 && (box(r).x0 - head.x1 <= 12 * em || flush.contains(r))
                    && box(r).x1 > box(text).x1 && textUnder(r) == nil
            }
            guard let tag = tags.min(by: { box($0).x0 < box($1).x0 }), !taken.contains(tag), !taken.contains(name) else { continue }
            // Nothing between the name and its tag on their line.
            let gap = Rect(x0: head.x1, y0: head.y0, x1: box(tag).x0, y1: head.y1)
            guard !units.indices.contains(where: { $0 != name && $0 != tag && box($0).xOverlap(gap) > 0.5 && box($0).yOverlap(gap) > 0 }) else { continue }
            tagOf[name] = tag
            taken.formUnion([name, tag])
        }
        guard !tagOf.isEmpty else { return units }
        let absorbed = Set(tagOf.values)
        return units.indices.compactMap { u -> [Int]? in
            if absorbed.contains(u) { return nil }
            return units[u] + (tagOf[u].map { units[$0] } ?? [])
        }
    }
}
