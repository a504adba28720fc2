/// A 縦組み hiring table kept as drawn: its years run across from the right (`令和八年度` at
/// the far left, the header column `年度` / `事務系` / `技術系` / `計` at the far right).
///
/// Read right to left, such a table is a table with years across and its labels in the first
/// column; mirrored, it reads as one. Only a table whose year row opens with a year and ends in
/// a cell that is none, whose last column names two or more tracks or totals and whose first
/// column names none, is mirrored: a table with its labels at the left is left as it was.
enum RightLabelColumn {
    /// `table` with every row's cells (and the columns) in reverse order, or nil.
    static func mirrored(_ table: Table) -> Table? {
        guard let header = table.rows.firstIndex(where: { YearLabel.carryingEra($0.map(\.text)).compactMap { $0 }.count >= 2 }),
            case let years = YearLabel.carryingEra(table.rows[header].map(\.text)),
            years.first.map({ $0 != nil }) == true, years.last.map({ $0 == nil }) == true,
            !Normalized.compact(table.rows[header].last?.text ?? "").isEmpty
        else { return nil }
        let body = table.rows[(header + 1)...]
        func roles(_ column: (([Table.Cell]) -> Table.Cell?)) -> Int {
            body.filter { row in
                column(row).map { [.administrative, .technical, .total].contains(ColumnRole(label: $0.text)) } ?? false
            }.count
        }
        guard roles(\.last) >= 2, roles(\.first) == 0 else { return nil }
        return Table(
            box: table.box, columns: table.columns.reversed(), rows: table.rows.map { $0.reversed() },
            headerRowCount: table.headerRowCount)
    }
}
