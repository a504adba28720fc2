/// Assignments as a row of boxes, each a unit over a count that names its track
/// (`首席航空事故` / `調査官付` over `技術系　二名`): the leaves of an organisation chart.
///
/// The table reader wants a header row naming the tracks over columns of counts; here every
/// count names its own track under its unit, as in a bulleted list (`BulletedAssignments`)
/// turned on its side. The layout finds the row of boxes a table: a row of names (a name set
/// on two lines is one cell, or two rows) over a row of counts. A row whose every filled cell
/// is such a count closes the names above it, column by column; a chart too wide for its
/// space may repeat the pattern under it.
enum CountsUnderUnits {
    /// The units of the table at `index` of `blocks` and of the tables straight after it that
    /// read the same way: a chart's rows of boxes apart far enough (connectors between them)
    /// to be tables of their own. Nil when the table at `index` is no such row.
    static func rows(from index: Int, in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row]? {
        guard let table = blocks[index].block.table, var found = rows(table, page: blocks[index].page) else { return nil }
        for (page, block) in blocks[(index + 1)...] {
            guard let next = block.table, let more = rows(next, page: page) else { break }
            found += more
        }
        return found
    }

    /// One row per unit of `table` (on `page`), when a row of two counts or more each naming
    /// its track stands under a name in every column; nil otherwise.
    static func rows(_ table: Table, page: Int) -> [AssignmentRecord.Row]? {
        var rows: [AssignmentRecord.Row] = []
        var namesFrom = 0
        for (r, cells) in table.rows.enumerated() {
            let filled = cells.indices.filter { cells[$0].text.unicodeScalars.contains { !$0.properties.isWhitespace } }
            let counts = filled.compactMap { BulletedAssignments.trackCounts(cells[$0].text) }
            guard filled.count >= 2, counts.count == filled.count else { continue }
            for (c, (administrative, technical)) in zip(filled, counts) {
                let names = table.rows[namesFrom..<r].compactMap { c < $0.count ? $0[c] : nil }
                // `備蓄事業本部※2`: the mark points to a note; the unit is the name.
                let unit = UnitNoteMark.stripped(Normalized.compact(names.map(\.text).joined()))
                guard !unit.isEmpty, BulletedAssignments.trackCounts(unit) == nil, !["計", "合計"].contains(unit) else { return nil }
                let boxes = (names + [cells[c]]).compactMap(\.box)
                rows.append(AssignmentRecord.Row(
                    unit: unit, administrative: administrative, technical: technical,
                    provenance: Rect.enclosing(boxes).map {
                        Provenance(page: page, box: $0, text: (names + [cells[c]]).map(\.text).joined(separator: "\n"))
                    }))
            }
            namesFrom = r + 1
        }
        return rows.count >= 2 ? rows : nil
    }
}
