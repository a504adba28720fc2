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
    ///
    /// A matrix too wide for its space is wrapped into blocks stacked one under another, each
    /// under a header row of its own (`部・課` repeated, the next units across): a row whose
    /// first cell is no track starts the next block. Every block lists the same tracks in the
    /// same order, and each adds its units as rows under the first block's.
    static func turned(_ table: Table) -> Table? {
        guard table.rows.count >= 2, let width = table.rows.map(\.count).max(), width >= 2 else { return nil }
        let labels = table.rows.map { Normalized.compact($0.first?.text ?? "") }
        let starts = labels.indices.filter { $0 == 0 || !isTrack(labels[$0]) && ColumnRole(label: labels[$0]) != .total }
        let blocks = zip(starts, starts.dropFirst() + [table.rows.count]).map { $0..<$1 }
        for block in blocks {
            guard block.count >= 2, labels[block.dropFirst()] == labels[blocks[0].dropFirst()],
                !table.rows[block.lowerBound].dropFirst().contains(where: { isTrack($0.text) })
            else { return nil }
        }
        guard labels[blocks[0].dropFirst()].contains(where: isTrack) else { return nil }
        func cell(_ r: Int, _ c: Int) -> Table.Cell { c < table.rows[r].count ? table.rows[r][c] : Table.Cell(text: "", box: nil) }
        let rows = (0..<width).map { c in blocks[0].map { cell($0, c) } }
            + blocks.dropFirst().flatMap { block in (1..<width).map { c in block.map { cell($0, c) } } }
        // Each former row's height becomes the span of its column.
        let columns = blocks[0].map { r -> ClosedRange<Double> in
            let box = Rect.enclosing(table.rows[r].compactMap(\.box)) ?? table.box
            return box.y0...box.y1
        }
        return Table(box: table.box, columns: columns, rows: rows, headerRowCount: 1)
    }

    /// A track's own label (`事務系`, `技術系（デジタル）`, `事務`, `事務職`), not a unit whose name
    /// holds the word (`技術戦略部`, `事務局`, `技術職員課`).
    ///
    /// `事務職` / `技術職` name the job family as `事務系` does (an 独立行政法人's 事務職員 and
    /// 技術職員); only the bare word is a track, a longer name is a unit's.
    static func isTrack(_ raw: String) -> Bool {
        let label = Normalized.compact(raw)
        return label.hasPrefix("事務系") || label.hasPrefix("技術系") || label == "事務" || label == "技術"
            || label == "事務職" || label == "技術職"
    }
}
