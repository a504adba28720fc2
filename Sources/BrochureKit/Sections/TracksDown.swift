/// An assignment table printed the other way round: the tracks down its first column
/// (`事務系` / `技術系`, perhaps a `合計` row) and the units across its header row, a count
/// where they meet.
///
/// The assignments reader wants one row per unit and a column per track; a brochure short of
/// width for a long list of units sets them as columns instead. Such a table has no track
/// label in any header cell (a unit may hold the word: `技術戦略部`) and one on every row of its
/// first column, which a table of units never has (a unit is no track), so turning it is safe.
enum TracksDown {
    /// `table` turned so that each unit is a row and each track a column (header first), when
    /// the first column names a track on every row under the header and the header names none;
    /// nil otherwise.
    static func turned(_ table: Table) -> Table? {
        guard table.rows.count >= 2, let width = table.rows.map(\.count).max(), width >= 2 else { return nil }
        guard !table.rows[0].dropFirst().contains(where: { isTrack($0.text) }) else { return nil }
        let labels = table.rows.dropFirst().map { $0.first?.text ?? "" }
        guard labels.contains(where: isTrack), labels.allSatisfy({ isTrack($0) || ColumnRole(label: $0) == .total }) else { return nil }
        let rows = (0..<width).map { c in table.rows.map { c < $0.count ? $0[c] : Table.Cell(text: "", box: nil) } }
        // Each former row's height becomes the span of its column.
        let columns = table.rows.map { row -> ClosedRange<Double> in
            let box = Rect.enclosing(row.compactMap(\.box)) ?? table.box
            return box.y0...box.y1
        }
        return Table(box: table.box, columns: columns, rows: rows, headerRowCount: 1)
    }

    /// A track's own label (`事務系`, `技術系（デジタル）`, `事務`), not a unit whose name holds
    /// the word (`技術戦略部`, `事務局`).
    static func isTrack(_ raw: String) -> Bool {
        let label = Normalized.compact(raw)
        return label.hasPrefix("事務系") || label.hasPrefix("技術系") || label == "事務" || label == "技術"
    }
}
