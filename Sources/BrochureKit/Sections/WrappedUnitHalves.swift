/// An assignments table wrapped into halves side by side under one header row (`配属先 | 事務 |
/// 技術 | 配属先 | 事務 | 技術`), or small tables set side by side each under its own header
/// (`所属 | 事務系 | 技術系` three times, a caption over each), which the layout read as one
/// wide grid: the halves stacked, the left one first.
///
/// A long list of units set in a short, wide space is wrapped like a newspaper column; when
/// the halves share their rows the layout cannot tell them apart, and a reader that takes
/// each header label once reads the left half only. A header made of a unit's label and track
/// labels said two or more times over can only be such a wrap: no single table names its
/// units twice. (Halves found as tables of their own are `SideBySideHalves`; a wrapped hiring
/// table is `RepeatedHeaderHalves`.)
enum WrappedUnitHalves {
    /// `table` with its halves stacked under one copy of the header, the rows above the header
    /// (captions over each half) cut to the first half; the table itself when no row is such
    /// a repeated header. A last copy the layout cut short of its count columns (set apart as
    /// a block of its own) counts no one here and is left out, not read as zeros; so are any
    /// columns after the copies.
    static func stacked(_ table: Table) -> Table {
        for (h, row) in table.rows.enumerated() {
            let labels = row.map { Normalized.compact($0.text) }
            guard let size = period(labels) else { continue }
            let first = Array(labels[0..<size])
            let copies = stride(from: 0, to: labels.count - size + 1, by: size).prefix { Array(labels[$0..<($0 + size)]) == first }
            func half(_ cells: [Table.Cell], from start: Int) -> [Table.Cell] {
                (start..<(start + size)).map { $0 < cells.count ? cells[$0] : Table.Cell(text: "", box: nil) }
            }
            var rows = table.rows[...h].map { half($0, from: 0) }
            for start in copies {
                for cells in table.rows[(h + 1)...] {
                    let cut = half(cells, from: start)
                    // A later half with fewer rows leaves its last ones blank.
                    if cut.allSatisfy({ Normalized.compact($0.text).isEmpty }) { continue }
                    rows.append(cut)
                }
            }
            let columns = (0..<size).map { $0 < table.columns.count ? table.columns[$0] : table.columns[table.columns.count - 1] }
            return Table(box: table.box, columns: columns, rows: rows, headerRowCount: table.headerRowCount)
        }
        return table
    }

    /// The width of one copy of a repeated header: a unit's label (no track, total or year)
    /// then labels naming a track, the same labels again right after; nil for any other row.
    static func period(_ labels: [String]) -> Int? {
        guard labels.count >= 4 else { return nil }
        for size in 2...(labels.count / 2) {
            let first = Array(labels[0..<size])
            let roles = first.map { ColumnRole(label: $0) }
            guard !first.contains(""), [.unit, .unknown].contains(roles[0]),
                roles.dropFirst().contains(where: { $0 == .administrative || $0 == .technical }),
                Array(labels[size..<(2 * size)]) == first
            else { continue }
            return size
        }
        return nil
    }
}
