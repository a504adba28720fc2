extension LeaderRows {
    /// The blocks with each stepped row's value joined under its name, as one block.
    ///
    /// A list may set each value a line down from its name, at the column's right edge
    /// (`育児休業` at the left, `子が3歳に達するまで` right-aligned under it): the names then make
    /// one column of blocks and the values another, and Breuel's rules read every name before
    /// any value. Joined, each item is read as a person reads it, name then value. Told from
    /// two columns by shape: two items at least, each name one line, its value one line whose
    /// top is within an em under the name and entirely right of it, with nothing else between
    /// nor after the value on its row; the names starting at one edge and the values ending at one.
    static func joiningStepped(_ blocks: [Block]) -> [Block] {
        merging(blocks, rows: steppedPairs(blocks)) { name, value in
            var joined = name
            joined.lines.append(value.lines[0])
            joined.box = joined.box.union(value.box)
            joined.kind = .paragraph
            return joined
        }
    }

    /// Name → value block indices of every stepped row on the page.
    static func steppedPairs(_ blocks: [Block]) -> [Int: Int] {
        var found: [(name: Int, value: Int)] = []
        // (A section's heading is no item's name: the next column's heading or caption set a
        // line lower, `採用者数の推移` beside `令和8年度採用試験`, is no value of it.)
        for n in blocks.indices where isOneLine(blocks[n]) && !(blocks[n].kind == .heading && SectionKind.opened(by: blocks[n].lines[0].text) != nil) {
            let name = blocks[n].box
            let em = max(name.height, 1)
            let under = blocks.indices.filter { v in
                v != n && isOneLine(blocks[v]) && blocks[v].box.x0 >= name.x1 + em
                    && blocks[v].box.y0 >= name.y1 - 0.5 && blocks[v].box.y0 - name.y1 <= em
            }
            guard let valueIndex = under.min(by: { blocks[$0].box.y0 < blocks[$1].box.y0 }) else { continue }
            // Nothing between them, nor beside the value on its row: it ends the row (a label of
            // a table's row under a year's cell has the row's figures after it).
            let value = blocks[valueIndex].box
            let span = name.union(value)
            let after = Rect(x0: value.x1, y0: value.y0, x1: value.x1 + 6 * em, y1: value.y1)
            guard !blocks.indices.contains(where: { i in
                i != n && i != valueIndex && blocks[i].box.yOverlap(span) > 0 && (blocks[i].box.xOverlap(span) > 0 || blocks[i].box.xOverlap(after) > 0 && blocks[i].box.yOverlap(value) > 0)
            })
            else { continue }
            found.append((n, valueIndex))
        }
        let best = aligned(found, blocks)
        guard best.count >= 2, Set(best.map(\.value)).count == best.count, Set(best.map(\.name)).isDisjoint(with: best.map(\.value))
        else { return [:] }
        return Dictionary(uniqueKeysWithValues: best.map { ($0.name, $0.value) })
    }
}
