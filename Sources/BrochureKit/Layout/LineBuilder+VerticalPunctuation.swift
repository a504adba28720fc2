/// Commas and full stops of 縦書き set in the upper right of their cell, as a horizontal font's
/// `、` and `。` are when a vertical column is drawn glyph by glyph.
extension LineBuilder {
    /// The marks a vertical line ends a clause or a sentence with.
    static let verticalStops: Set<Unicode.Scalar> = ["、", "。", "，", "．"]

    /// Gives each vertical chain the comma or full stop set after its last letter, and joins the
    /// chain to the rest of its column after the mark.
    ///
    /// Shifted right by half an em, a mark overlaps its column too little to chain, and its cell
    /// leaves a gap of more than half an em before the next letter: the column fell apart into
    /// two lines (`三重県は南北に長く` and `山と海の恵みに満`) with the mark a line of its own among
    /// the horizontal text beside it. A mark sits right of the column's axis, no further than its
    /// right edge plus half an em, starting within its last letter or just under it.
    static func withStops(_ chains: [[Int]], boxes: [Rect], glyphs: [Glyph], grid: SpatialGrid) -> [[Int]] {
        guard chains.count >= 2 else { return chains }
        var chained = Set(chains.joined())
        var chains = chains
        for c in chains.indices {
            // (Only a line of two letters or more: a lone glyph has no column to go by.)
            guard chains[c].count >= 2 else { continue }
            let column = Rect.enclosing(chains[c].map { boxes[$0] })!
            let em = max(column.width, 1)
            let after = Rect(x0: column.midX, y0: column.y1 - 0.8 * em, x1: column.x1 + 0.5 * em, y1: column.y1 + 0.6 * em)
            let stop = grid.query(after).filter { g in
                !chained.contains(g) && verticalStops.contains(glyphs[g].scalar) && boxes[g].x0 >= column.x0 + 0.2 * em
                    && boxes[g].x1 <= column.x1 + 0.8 * em && boxes[g].y0 >= column.y1 - 0.8 * em && boxes[g].width <= 1.2 * em
            }.min { boxes[$0].y0 < boxes[$1].y0 }
            guard let stop else { continue }
            chains[c].append(stop)
            chained.insert(stop)
        }
        // A chain ending in a mark goes on in the chain starting under it in its column.
        // (Columns measured on their letters: the mark sits out to the right.)
        let letters = chains.map { chain in Rect.enclosing(chain.filter { !verticalStops.contains(glyphs[$0].scalar) }.map { boxes[$0] }) }
        let ends = chains.map { chain in chain.map { boxes[$0].y1 }.max()! }
        let order = chains.indices.sorted { boxes[chains[$0][0]].y0 < boxes[chains[$1][0]].y0 }
        var next: [Int: Int] = [:]
        var hasPrevious = Set<Int>()
        for a in order {
            guard let column = letters[a], verticalStops.contains(glyphs[chains[a].max { boxes[$0].y0 < boxes[$1].y0 }!].scalar) else { continue }
            let em = max(column.width, 1)
            let below = order.first { b in
                guard b != a, !hasPrevious.contains(b), let other = letters[b] else { return false }
                guard abs(other.x0 - column.x0) <= 0.2 * em && other.y0 >= ends[a] - 0.2 * em && other.y0 - ends[a] <= em else { return false }
                // (Nothing set between them: a bracket or a number across the column is read there.)
                let between = Rect(x0: column.x0, y0: ends[a], x1: column.x1, y1: other.y0)
                return between.height <= 0 || grid.query(between).allSatisfy { boxes[$0].y1 <= ends[a] || boxes[$0].y0 >= other.y0 }
            }
            guard let below else { continue }
            next[a] = below
            hasPrevious.insert(below)
        }
        guard !next.isEmpty else { return chains }
        return following(chains, from: order.filter { !hasPrevious.contains($0) }) { next[$0] }
    }
}
