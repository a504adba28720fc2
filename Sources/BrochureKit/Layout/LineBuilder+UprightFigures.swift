/// Figures set upright across a vertical line (縦中横: `子が` / `3` / `歳に達するまで`), which a
/// horizontal font's digits are when a column is drawn glyph by glyph.
extension LineBuilder {
    /// Gives each vertical chain the figures set across its column just before or after it,
    /// and joins the chains on either side of them into one line.
    ///
    /// A figure is no CJK letter, so it never chains vertically: the column fell apart into
    /// `子が` and `歳に達するまで`, the `3` a horizontal line of its own among the columns. Figures
    /// belong to a column when they are a run of one to three ASCII letters or digits on one
    /// row, no wider than the column, centred on its axis, within half an em of its end, with
    /// nothing else unchained on their row beside the column.
    static func withUprightFigures(_ chains: [[Int]], boxes: [Rect], glyphs: [Glyph], grid: SpatialGrid) -> [[Int]] {
        guard !chains.isEmpty else { return chains }
        var taken = Set(chains.joined())
        var pieces = chains
        let columns = chains.map { chain in Rect.enclosing(chain.map { boxes[$0] })! }
        // Figure runs found, with the chain above and below each.
        var above: [Int: Int] = [:]
        var below: [Int: Int] = [:]
        for c in chains.indices where chains[c].count >= 2 {
            let column = columns[c]
            for after in [true, false] {
                guard let run = uprightRun(by: column, after: after, taken: taken, boxes: boxes, glyphs: glyphs, grid: grid) else { continue }
                taken.formUnion(run)
                pieces.append(run)
                if after { above[pieces.count - 1] = c } else { below[pieces.count - 1] = c }
            }
        }
        guard pieces.count > chains.count else { return chains }
        // The chain on the far side of each run, in the same column.
        for f in chains.count..<pieces.count {
            let run = Rect.enclosing(pieces[f].map { boxes[$0] })!
            let c = above[f] ?? below[f]!
            let em = max(columns[c].width, 1)
            let other = chains.indices.first { d in
                guard d != c, abs(columns[d].midX - columns[c].midX) <= 0.25 * em else { return false }
                return above[f] != nil
                    ? columns[d].y0 >= run.y1 - 0.2 * em && columns[d].y0 - run.y1 <= 0.5 * em
                    : columns[d].y1 <= run.y0 + 0.2 * em && run.y0 - columns[d].y1 <= 0.5 * em
            }
            if above[f] == nil { above[f] = other } else { below[f] = other }
        }
        var next: [Int: Int] = [:]
        var hasPrevious = Set<Int>()
        for f in chains.count..<pieces.count {
            if let a = above[f], next[a] == nil, !hasPrevious.contains(f) {
                next[a] = f
                hasPrevious.insert(f)
            }
            if let b = below[f], next[f] == nil, !hasPrevious.contains(b) {
                next[f] = b
                hasPrevious.insert(b)
            }
        }
        return following(pieces, from: pieces.indices.filter { !hasPrevious.contains($0) }) { next[$0] }
    }

    /// The figures set across `column` just after its end (or before its start), if any.
    private static func uprightRun(by column: Rect, after: Bool, taken: Set<Int>, boxes: [Rect], glyphs: [Glyph], grid: SpatialGrid) -> [Int]? {
        let em = max(column.width, 1)
        let area = after
            ? Rect(x0: column.x0 - 0.2 * em, y0: column.y1 - 0.2 * em, x1: column.x1 + 0.2 * em, y1: column.y1 + 1.7 * em)
            : Rect(x0: column.x0 - 0.2 * em, y0: column.y0 - 1.7 * em, x1: column.x1 + 0.2 * em, y1: column.y0 + 0.2 * em)
        let candidates = grid.query(area).filter { g in
            !taken.contains(g) && isUprightFigure(glyphs[g].scalar) && boxes[g].height <= 1.2 * em
                && boxes[g].x0 >= area.x0 && boxes[g].x1 <= area.x1
        }
        // The row nearest the column's end.
        guard let nearest = candidates.min(by: { after ? boxes[$0].y0 < boxes[$1].y0 : boxes[$0].y1 > boxes[$1].y1 }) else { return nil }
        let row = boxes[nearest]
        let run = candidates.filter { boxes[$0].midY > row.y0 && boxes[$0].midY < row.y1 }
        let bounds = Rect.enclosing(run.map { boxes[$0] })!
        let gap = after ? bounds.y0 - column.y1 : column.y0 - bounds.y1
        guard run.count <= 3, gap <= 0.5 * em, bounds.width <= 1.2 * em, abs(bounds.midX - column.midX) <= 0.25 * em else { return nil }
        // (A figure in a horizontal line passing the column has its line's letters beside it.)
        let beside = Rect(x0: column.x0 - 1.5 * em, y0: bounds.y0, x1: column.x1 + 1.5 * em, y1: bounds.y1)
        let stray = grid.query(beside).contains { g in
            !taken.contains(g) && !run.contains(g) && boxes[g].midY > bounds.y0 && boxes[g].midY < bounds.y1
        }
        return stray ? nil : run
    }

    private static func isUprightFigure(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar))
    }
}
