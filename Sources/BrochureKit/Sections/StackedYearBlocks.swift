/// A table with years across, wrapped into blocks stacked one under the other, each under a
/// header row of its own years (`区分 | 2021年度 | 2022年度 | 2023年度`, the track rows, then
/// `区分 | 2024年度 | …` and the same track rows again).
///
/// The layout finds one grid: the blocks share their columns and sit close. Read as one table
/// the second header is a body row, and a column then holds a year in each block, which passes
/// for years down the first columns. Each header row of two or more years past the row labels
/// starts a block of its own; the record takes each block's years in turn, as a reader does.
/// (Halves set side by side under one header repeated across are `RepeatedHeaderHalves`.)
enum StackedYearBlocks {
    /// The blocks of `table`, each from a header row of years to the row before the next; the
    /// table itself unless two or more such headers each have a row under them. Rows over the
    /// first header (a caption) stay with the first block.
    static func split(_ table: Table) -> [Table] {
        let headers = table.rows.indices.filter { r in
            table.rows[r].count >= 3 && YearLabel.carryingEra(table.rows[r].dropFirst().map(\.text)).compactMap({ $0 }).count >= 2
        }
        guard headers.count >= 2, zip(headers, headers.dropFirst()).allSatisfy({ $1 - $0 >= 2 }), headers.last! < table.rows.count - 1
        else { return [table] }
        let starts = [0] + headers.dropFirst()
        let ends = Array(headers.dropFirst()) + [table.rows.count]
        return zip(starts, ends).map { start, end in
            let rows = Array(table.rows[start..<end])
            let box = Rect.enclosing(rows.flatMap { $0.compactMap(\.box) }) ?? table.box
            let header = start == 0 ? headers[0] + 1 : 1
            return Table(box: box, columns: table.columns, rows: rows, headerRowCount: min(header, rows.count))
        }
    }
}
