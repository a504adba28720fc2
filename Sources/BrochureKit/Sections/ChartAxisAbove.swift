/// A chart's labels the layout joined on top of the data table under it: the figures printed
/// in or over the bars, then a row of the chart's x labels (`2021年4月入庁 | 2022年4月入庁 | …`),
/// then the table's own header (`入庁年月 | 事務系 | 技術系 | 計`) over its years down.
///
/// Read as one table, the axis row's first label passes for the first year down and the bar
/// figures above it for the header, so the years come out shifted and twice over. A row of
/// two or more years across is no row of a table with years down: it is an axis (or a header
/// of another grid), and everything down to it belongs to that other figure. The table
/// starts under the last such row, when two or more years go on down the first column below.
enum ChartAxisAbove {
    /// `table` from the row under its last row of years across; `table` itself when there is
    /// none, or fewer than two years follow down the first column.
    static func trimmed(_ table: Table) -> Table {
        guard table.rows.count >= 4 else { return table }
        let firstColumn = YearLabel.carryingEra(table.rows.map { $0.first?.text ?? "" })
        // Years across: the axis, read as a row (its first cell is one of them).
        let across = table.rows.indices.filter { r in
            table.rows[r].count >= 3 && YearLabel.carryingEra(table.rows[r].map(\.text)).compactMap({ $0 }).count >= 2
        }
        // The bar figures over it: an axis on top is a header of years across, read as such.
        guard let axis = across.last, axis > 0, axis + 1 < table.rows.count else { return table }
        // Under the axis: a header row naming no year, then two or more years down.
        guard firstColumn[axis + 1] == nil, firstColumn[(axis + 2)...].compactMap({ $0 }).count >= 2 else { return table }
        let rows = Array(table.rows[(axis + 1)...])
        let box = Rect.enclosing(rows.flatMap { $0.compactMap(\.box) }) ?? table.box
        return Table(box: box, columns: table.columns, rows: rows, headerRowCount: 1)
    }
}
