/// One table per track stacked down the page, each under a caption row of its own naming the
/// track (`【事務系】`, then `【技術系】` over the same years, then `【合計】`): every table a column
/// of years and one column of counts, with no header row.
///
/// The layout reads each caption as a line of its own over its grid, so the counts name no
/// track and each table alone reads as years without figures. The caption is the header of
/// the counts column, and each table fills its track in the rows of the years already read,
/// as a reader takes the blocks in turn.
enum TrackCaptionAbove {
    /// `table` with the caption just above it as the header of its counts column; nil unless
    /// the table is two headerless columns, years down the first, and exactly one short line
    /// over it names a track. A caption naming no track (`単位：人`) or two lines over the grid
    /// (a header split in two) leave the table to the other readers.
    static func attach(to table: Table, from blocks: [Block]) -> Table? {
        guard table.headerRowCount == 0, table.columns.count == 2, table.rows.count >= 2, table.rows.allSatisfy({ $0.count == 2 }),
            Set(YearLabel.carryingEra(table.rows.map { $0[0].text }).compactMap { $0?.fiscalYear }).count >= 2
        else { return nil }
        let em = table.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        let above = blocks.filter { $0.table == nil && $0.lines.count == 1 }.map { $0.lines[0] }.filter { line in
            line.box.y1 <= table.box.y0 + em / 4 && line.box.y1 >= table.box.y0 - 2 * em
                && line.box.x0 < table.box.x1 && line.box.x1 > table.box.x0
        }
        guard above.count == 1, let caption = above.first, Normalized.compact(caption.text).count <= 8,
            [.administrative, .technical, .total].contains(ColumnRole(label: caption.text))
        else { return nil }
        let header = [Table.Cell(text: "", box: nil), Table.Cell(text: caption.text, box: caption.box)]
        return Table(box: table.box.union(caption.box), columns: table.columns, rows: [header] + table.rows, headerRowCount: 1)
    }

    /// `record` with the tracks `found` reads filled in, year by year; `found` itself when
    /// there is no record yet. A table of other years, or one whose track the record already
    /// has for some year, is another table: the record stays as it was.
    static func merge(_ found: HiringRecord, into record: inout HiringRecord?) {
        guard var first = record else {
            record = found
            return
        }
        let index = Dictionary(first.rows.indices.map { (first.rows[$0].fiscalYear, $0) }, uniquingKeysWith: { a, _ in a })
        guard !found.rows.isEmpty, found.rows.allSatisfy({ index[$0.fiscalYear] != nil }) else { return }
        let paths: [WritableKeyPath<HiringRecord.Row, CountWithWomen?>] = [\.total, \.administrative, \.technical]
        for row in found.rows {
            let target = first.rows[index[row.fiscalYear]!]
            guard paths.allSatisfy({ row[keyPath: $0] == nil || target[keyPath: $0] == nil }) else { return }
        }
        for row in found.rows {
            let i = index[row.fiscalYear]!
            for path in paths where row[keyPath: path] != nil { first.rows[i][keyPath: path] = row[keyPath: path] }
            first.rows[i].planned = first.rows[i].planned || row.planned
        }
        record = first
    }
}
