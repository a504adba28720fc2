/// A header row set upright over a table whose body the detector found alone.
extension UprightCells {
    /// The upright words standing in a row just over `table`, one over each of several of its
    /// columns (`年度 | 事務職 | 技術職 | 計`, each set one glyph a line), with the column each
    /// heads; nil when they make no such row.
    ///
    /// The table detector works on horizontal lines, so a header row set upright is left out
    /// of the grid and read as loose words over it: the columns lose their names and the words
    /// their row. Only over a table with no header of its own (its first row holds figures),
    /// tops level, the longest word's foot within a body row's height of the table, two or more
    /// upright words, each over a different column. A single glyph in the row (`計`) has no
    /// direction and counts as upright; words naming a section (a rail's title) and figures are
    /// no header.
    static func headerAbove(_ table: Table, in rest: [TextLine], skipping used: Set<Int>) -> [(line: Int, column: Int)]? {
        guard table.rows.count >= 2, let first = table.rows.first,
            first.contains(where: { $0.text.unicodeScalars.contains(where: TableDetector.isDigit) }),
            let rowHeight = first.compactMap(\.box).map(\.height).max()
        else { return nil }
        let over = rest.indices.filter { i in
            let box = rest[i].box
            return !used.contains(i) && box.y1 <= table.box.y0 + 0.5 && box.midX >= table.box.x0 && box.midX <= table.box.x1
                && (rest[i].orientation == .vertical || CharacterBound.atMost(1, rest[i].text))
                && !rest[i].text.unicodeScalars.contains(where: TableDetector.isDigit) && SectionKind.opened(by: rest[i].text) == nil
        }
        // (The words hang from one top: the longest reaches down to the table, the shorter
        // end higher up.)
        let reaching = over.filter { rest[$0].orientation == .vertical && table.box.y0 - rest[$0].box.y1 <= 1.5 * rowHeight }
        guard let top = reaching.map({ rest[$0].box.y0 }).min() else { return nil }
        let row = over.filter { abs(rest[$0].box.y0 - top) <= 0.5 * max(rest[$0].box.width, 1) }
        guard row.filter({ rest[$0].orientation == .vertical }).count >= 2 else { return nil }
        let placed = row.map { i in (line: i, column: nearestColumn(rest[i].box.midX, of: table)) }
        guard Set(placed.map(\.column)).count == placed.count else { return nil }
        return placed
    }

    /// The column whose extent lies nearest `x` (a header centred over a column of
    /// left-aligned cells may stand right of their extent).
    private static func nearestColumn(_ x: Double, of table: Table) -> Int {
        table.columns.indices.min { a, b in
            distance(x, table.columns[a]) < distance(x, table.columns[b])
        } ?? 0
    }

    private static func distance(_ x: Double, _ range: ClosedRange<Double>) -> Double {
        x < range.lowerBound ? range.lowerBound - x : x > range.upperBound ? x - range.upperBound : 0
    }

    /// `table` with `header` made its first row.
    static func adding(_ header: [(line: Int, column: Int)], from rest: [TextLine], to table: inout Table) {
        var row = [Table.Cell](repeating: Table.Cell(text: "", box: nil), count: table.columns.count)
        for (line, column) in header {
            row[column] = Table.Cell(text: rest[line].text, box: rest[line].box)
            table.box = table.box.union(rest[line].box)
        }
        table.rows.insert(row, at: 0)
        table.headerRowCount = 1
    }
}
