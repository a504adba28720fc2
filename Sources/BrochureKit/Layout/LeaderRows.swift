/// Joins each name to the value printed on its baseline at the column's right edge: the
/// rows of a dot-leader list (`▼育児休業 ……… 子が3歳に達するまで`), whose dots are drawn, not
/// typed, so the two ends come out as separate blocks.
///
/// Read as blocks, a right-aligned value overlaps the lines under its name (the text runs
/// further right than the name), and Breuel's rules then find a cycle through the list and
/// read the values after everything else; parsers would take a value for a name. Joined,
/// each row is one line with a gap, as a reader sees it. A list is told from two columns that happen to
/// share a baseline by its shape: at least two one-line names, each with a one-line value
/// as its nearest neighbour on the right, the text under each name running on into the gap
/// (a gutter between columns stays empty), nothing but the next row under each value, and
/// the values ending at one right edge.
enum LeaderRows {
    /// The blocks with each leader row's value joined onto its name's line.
    static func joining(_ blocks: [Block]) -> [Block] {
        merging(blocks, rows: pairs(blocks), join: joinedOnLine)
    }

    /// A name's block with its value run onto its one line after a space, boxed around both.
    static func joinedOnLine(_ name: Block, _ value: Block) -> Block {
        var joined = name
        var line = joined.lines[0]
        line.text += " " + value.lines[0].text
        line.box = Rect.enclosing([line.box, value.box])!
        joined.lines = [line]
        joined.box = line.box
        return joined
    }

    /// The blocks with each name in `rows` replaced by `join(name, value)` and its value dropped.
    static func merging(_ blocks: [Block], rows: [Int: Int], join: (Block, Block) -> Block) -> [Block] {
        guard !rows.isEmpty else { return blocks }
        let values = Set(rows.values)
        return blocks.indices.compactMap { i in
            if values.contains(i) { return nil }
            guard let v = rows[i] else { return blocks[i] }
            return join(blocks[i], blocks[v])
        }
    }

    /// Name → value block indices of every leader row on the page (horizontal frame only).
    static func pairs(_ blocks: [Block]) -> [Int: Int] {
        var found: [(name: Int, value: Int)] = []
        for n in blocks.indices where isOneLine(blocks[n]) {
            let name = blocks[n].box
            let em = max(name.height, 1)
            let beside = blocks.indices.filter { v in
                v != n && isOneLine(blocks[v]) && blocks[v].box.x0 >= name.x1 + em
                    && abs(blocks[v].box.midY - name.midY) <= 0.3 * em
            }
            guard let value = beside.min(by: { blocks[$0].box.x0 < blocks[$1].box.x0 }) else { continue }
            // Nothing else between the name and the value: the gap is the leader's.
            let gap = Rect(x0: name.x1, y0: name.y0, x1: blocks[value].box.x0, y1: name.y1)
            guard !blocks.indices.contains(where: { $0 != n && $0 != value && blocks[$0].box.xOverlap(gap) > 0 && blocks[$0].box.yOverlap(gap) > 0 })
            else { continue }
            // One column, not two: the text under the row runs on into the gap, where a
            // gutter between columns stays empty.
            guard blocks.contains(where: { b in
                b.box.y0 >= name.y1 - 0.5 && b.box.y0 <= name.y1 + 3 * em && b.box.x0 < gap.midX && b.box.x1 > gap.midX
            }) else { continue }
            found.append((n, value))
        }
        // A value heads nothing: under it comes the next row's value or text spanning the
        // whole row, not a column of its own (a paragraph beside a caption).
        let values = Set(found.map(\.value))
        found = found.filter { pair in
            let value = blocks[pair.value].box
            let below = blocks.indices.filter { blocks[$0].box.y0 >= value.y1 - 0.5 && blocks[$0].box.xOverlap(value) > 0 }
            guard let next = below.min(by: { blocks[$0].box.y0 < blocks[$1].box.y0 }) else { return true }
            return values.contains(next) || blocks[next].box.xOverlap(blocks[pair.name].box) > 0
        }
        let best = aligned(found, blocks)
        guard best.count >= 2, Set(best.map(\.value)).count == best.count else { return [:] }
        return Dictionary(uniqueKeysWithValues: best.map { ($0.name, $0.value) })
    }

    /// The largest group of name → value pairs whose values end at one edge and whose names
    /// start at one: one list. (A count in one pill and the label of the next, `4名` then
    /// `電気`, share a baseline and a right edge with a card's name and count by chance only.)
    static func aligned(_ found: [(name: Int, value: Int)], _ blocks: [Block]) -> [(name: Int, value: Int)] {
        var best: [(name: Int, value: Int)] = []
        for pair in found {
            let edge = blocks[pair.value].box.x1
            let start = blocks[pair.name].box.x0
            let em = max(blocks[pair.value].box.height, 1)
            let group = found.filter {
                abs(blocks[$0.value].box.x1 - edge) <= 0.5 * em && abs(blocks[$0.name].box.x0 - start) <= em
            }
            if group.count > best.count { best = group }
        }
        return best
    }

    static func isOneLine(_ block: Block) -> Bool {
        block.lines.count == 1 && block.table == nil && !block.isFurniture
            && block.lines[0].orientation == .horizontal
    }
}
