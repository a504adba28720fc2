/// Gives every row of a table the group its column prints once for several rows: the 部
/// cell spanning its 課 rows in `部 | 課 | 事務系 | 技術系`.
///
/// The cell sits on its group's first row (set top-aligned) or at the middle of its rows
/// (centred on them), and the text alone cannot always tell which: `A` on row 0 and `B` on
/// row 2 of four rows is two groups of two set at the top, or a group of one and a group of
/// three set centred. Centred is taken only on evidence: the first row has no group, or a
/// cell sits between two rows (a group of an even number of rows). Then the group sizes
/// follow from the centres, first to last (a group of `n` rows starting at `s` is centred at
/// `s + (n - 1) / 2`); when they do not fit the table, each row takes the nearest group.
enum GroupColumn {
    /// The group of each row of `body` from `column`, compacted; empty where none is found.
    /// `unitColumn` (filled on every row) gives each row's height, to place the group cells.
    static func names(_ body: [[Table.Cell]], column: Int, unitColumn: Int) -> [String] {
        let printed = body.map { column < $0.count ? Normalized.compact($0[column].text) : "" }
        let filled = printed.indices.filter { !printed[$0].isEmpty }
        guard let first = filled.first else { return printed }
        let centres = filled.map { centre(of: $0, column: column, unitColumn: unitColumn, in: body) }
        let between = zip(filled, centres).contains { abs($1 - Double($0)) >= 0.25 }
        if first == 0 && !between {
            return printed.indices.map { r in filled.last { $0 <= r }.map { printed[$0] } ?? "" }
        }
        if let sizes = sizes(centres: centres, rows: body.count) {
            return zip(filled, sizes).flatMap { Array(repeating: printed[$0], count: $1) }
        }
        return printed.indices.map { r in
            let nearest = centres.indices.min { abs(centres[$0] - Double(r)) < abs(centres[$1] - Double(r)) }
            return nearest.map { printed[filled[$0]] } ?? ""
        }
    }

    /// The group cell of row `r` as a fractional row index: its row, moved by how far its
    /// middle sits from the row's middle, in row pitches.
    private static func centre(of r: Int, column: Int, unitColumn: Int, in body: [[Table.Cell]]) -> Double {
        func middle(_ row: Int) -> Double? {
            guard body.indices.contains(row), unitColumn < body[row].count else { return nil }
            return body[row][unitColumn].box?.midY
        }
        guard let cell = body[r][column].box, let own = middle(r) else { return Double(r) }
        let neighbour = cell.midY >= own ? middle(r + 1) : middle(r - 1)
        guard let neighbour, abs(neighbour - own) > 0.5 else { return Double(r) }
        return Double(r) + (cell.midY - own) / abs(neighbour - own)
    }

    /// Each group's number of rows when the centres fit `rows` rows exactly, else nil.
    private static func sizes(centres: [Double], rows: Int) -> [Int]? {
        var start = 0
        var sizes: [Int] = []
        for c in centres {
            let exact = 2 * (c - Double(start)) + 1
            let n = Int(exact.rounded())
            guard n >= 1, abs(exact - Double(n)) <= 0.35 else { return nil }
            sizes.append(n)
            start += n
        }
        return start == rows ? sizes : nil
    }
}
