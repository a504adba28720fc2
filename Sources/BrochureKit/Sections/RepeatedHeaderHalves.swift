/// A table wrapped into halves side by side under the same header (`年度 | 事務系 | 技術系 | 合計`
/// twice), which the layout read as one wide grid: the halves stacked, the left one first.
///
/// A long run of years set in a short, wide space is wrapped like a newspaper column; when
/// the halves share their rows' heights the layout cannot tell them apart, and a reader that
/// takes each header label once reads the left half only. A header made of the same labels
/// two or more times over, each copy naming two or more columns, can only be such a wrap: no
/// single table names one column twice in the same order. (Halves the layout found as tables
/// of their own are `SideBySideHalves`.)
enum RepeatedHeaderHalves {
    /// `table` with its halves stacked, the header once; the table itself when its first row
    /// is no header repeated, or a copy does not start with a column of years (each half of a
    /// wrapped hiring table has its own).
    static func stacked(_ table: Table) -> Table {
        guard let header = table.rows.first, case let width = table.rows.map(\.count).min() ?? 0, width == header.count, width >= 4,
            let size = (2...(width / 2)).first(where: { size in isRepeated(header, size: size) }),
            stride(from: 0, to: width, by: size).allSatisfy({ c in table.rows.dropFirst().contains { YearLabel($0[c].text) != nil } })
        else { return table }
        let halves = width / size
        var rows = [Array(header[0..<size])]
        for half in 0..<halves {
            for row in table.rows.dropFirst() {
                let cells = Array(row[(half * size)..<((half + 1) * size)])
                // A later half with fewer rows leaves its last ones blank.
                if cells.allSatisfy({ $0.text.trimmingWhitespace().isEmpty }) { continue }
                rows.append(cells)
            }
        }
        let columns = Array(table.columns.prefix(size))
        return Table(box: table.box, columns: columns, rows: rows, headerRowCount: min(table.headerRowCount, 1))
    }

    /// Whether `header` is `size` labels said over and over: every copy the same, two or more
    /// of each copy's labels printed, so blank or one-word headers repeat nothing.
    private static func isRepeated(_ header: [Table.Cell], size: Int) -> Bool {
        guard size >= 2, header.count % size == 0, header.count / size >= 2 else { return false }
        let labels = header.map { Normalized.compact($0.text) }
        let first = Array(labels[0..<size])
        guard first.filter({ !$0.isEmpty }).count >= 2, Set(first.filter { !$0.isEmpty }).count == first.filter({ !$0.isEmpty }).count else { return false }
        return stride(from: size, to: labels.count, by: size).allSatisfy { Array(labels[$0..<($0 + size)]) == first }
    }
}
