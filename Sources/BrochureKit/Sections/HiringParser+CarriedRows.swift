/// Hiring rows a page break carried over under the table's header repeated (`PageBreakRows`):
/// too few to read as a table of years alone.
extension HiringParser {
    /// `table`, one carried row under `above`'s header repeated in the same columns, led by
    /// `above`'s last body row, which the record holds already: the two years read as a table.
    static func carriedRows(_ table: Table, under above: Table) -> Table? {
        let header = above.headerRowCount
        guard header >= 1, table.headerRowCount == header, table.rows.count == header + 1, table.columns.count == above.columns.count,
            above.rows.count > header, zip(table.rows.prefix(header), above.rows.prefix(header)).allSatisfy({ $0.map(\.text) == $1.map(\.text) })
        else { return nil }
        let rows = Array(above.rows.prefix(header)) + [above.rows[above.rows.count - 1]] + table.rows.suffix(1)
        return Table(box: table.box, columns: table.columns, rows: rows, headerRowCount: header)
    }
}
