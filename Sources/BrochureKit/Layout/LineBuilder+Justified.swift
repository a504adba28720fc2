/// Words set 均等割り: a short name spread over the width of its table column, one letter
/// every few ems (`総　　務　　部` level with `地域防災総合事務所等` above and below it).
extension LineBuilder {
    /// Joins a row's runs of letters spread at one pitch over the span of a word near them.
    ///
    /// The gaps of a justified word are wide and line up with the letters of the names above and
    /// below it, so the line builder takes each letter for a cell of its own and the table finds
    /// a column per letter (`総 | 務 | 部 | 6`). What tells a justified word from cells is that
    /// its letters sit at one pitch, every one of them, and that the word ends where a name of
    /// its column starts and ends: designers justify names to the width of the widest. Cells of
    /// single letters (`男 | 女 | 計` over figures) keep a pitch too, but no name of the rows
    /// near them spans them edge to edge; figures and marks (`○`, `－`) are never spread.
    static func joiningJustified(_ runs: [[Int]], boxes: [Rect], glyphs: [Glyph], grid: SpatialGrid) -> [[Int]] {
        guard runs.count >= 3 else { return runs }
        let bounds = runs.map { run in Rect.enclosing(run.map { boxes[$0] })! }
        // (A letter with another set tight over or under it is in a vertical column or in ruby,
        // whatever the pitch of its row: 縦書き columns are evenly spaced too.)
        let spreadable = runs.map { run in
            run.count <= 4 && run.allSatisfy { isSpreadLetter(glyphs[$0].scalar) && !isStacked($0, boxes: boxes, grid: grid) }
        }
        guard spreadable.filter({ $0 }).count >= 3 else { return runs }
        var sequences: [[Int]] = []
        for row in rows(bounds) {
            var current: [Int] = []
            for r in row + [-1] {
                if r >= 0, spreadable[r], !current.isEmpty, evenlySpread(current + [r], runs: runs, boxes: boxes) {
                    current.append(r)
                    continue
                }
                if current.count >= 2, current.map({ runs[$0].count }).reduce(0, +) >= 3, evenlySpread(current, runs: runs, boxes: boxes) {
                    sequences.append(current)
                }
                current = r >= 0 && spreadable[r] ? [r] : []
            }
        }
        guard !sequences.isEmpty else { return runs }
        let spans = sequences.map { Rect.enclosing($0.map { bounds[$0] })! }
        let words = runs.indices.filter { runs[$0].count >= 3 }.map { bounds[$0] }
        var joined: [[Int]] = []
        var taken = Set<Int>()
        for (k, sequence) in sequences.enumerated() {
            let span = spans[k]
            let h = max(span.height, 1)
            func sameSpan(_ other: Rect) -> Bool {
                other.yOverlap(span) <= 0 && abs(other.midY - span.midY) <= 12 * h
                    && abs(other.x0 - span.x0) <= 0.3 * h && abs(other.x1 - span.x1) <= 0.3 * h
            }
            guard spans.indices.contains(where: { $0 != k && sameSpan(spans[$0]) }) || words.contains(where: sameSpan) else { continue }
            joined.append(sequence.flatMap { runs[$0] })
            taken.formUnion(sequence)
        }
        return joined + runs.indices.filter { !taken.contains($0) }.map { runs[$0] }
    }

    /// Whether the letters of these runs, left to right, sit at one pitch wider than type sets
    /// them (more than 1.3 em), and no more than 8 em apart.
    private static func evenlySpread(_ sequence: [Int], runs: [[Int]], boxes: [Rect]) -> Bool {
        let letters = sequence.flatMap { runs[$0] }.map { boxes[$0] }.sorted { $0.x0 < $1.x0 }
        guard letters.count >= 2 else { return false }
        let h = max(letters.map(\.height).max()!, 1)
        guard letters.allSatisfy({ abs($0.height - h) <= 0.1 * h }) else { return false }
        let pitches = zip(letters, letters.dropFirst()).map { $1.x0 - $0.x0 }
        let low = pitches.min()!
        let high = pitches.max()!
        return low > 1.3 * h && high <= 8 * h && high - low <= max(0.05 * h, 0.03 * high)
    }

    /// The runs of each row (one baseline), each row left to right.
    private static func rows(_ bounds: [Rect]) -> [[Int]] {
        let order = bounds.indices.sorted { bounds[$0].y1 < bounds[$1].y1 }
        var rows: [[Int]] = []
        var base = -Double.infinity
        for r in order {
            if bounds[r].y1 - base > 0.15 * max(bounds[r].height, 1) || rows.isEmpty {
                rows.append([])
                base = bounds[r].y1
            }
            rows[rows.count - 1].append(r)
        }
        return rows.map { row in row.sorted { bounds[$0].x0 < bounds[$1].x0 } }
    }

    /// Whether another glyph sits over or under a letter, less than half an em away.
    private static func isStacked(_ i: Int, boxes: [Rect], grid: SpatialGrid) -> Bool {
        let box = boxes[i]
        let h = max(box.height, 1)
        let around = Rect(x0: box.x0 + 0.2 * box.width, y0: box.y0 - 0.5 * h, x1: box.x1 - 0.2 * box.width, y1: box.y1 + 0.5 * h)
        return grid.query(around).contains { $0 != i && boxes[$0].yOverlap(box) <= 0 }
    }

    /// A letter a name may be spread over: kana and kanji, and the middle dot between words.
    private static func isSpreadLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "・" || Script.isCJK(scalar) && scalar.properties.isAlphabetic
    }
}
