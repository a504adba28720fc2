/// Fills a table's blank group column from the 縦書き names set in it: `企画管理部` written
/// top to bottom in a cell spanning its 課 rows (`部門 | 課 | 事務系 | 技術系`).
///
/// The layout reads a vertical cell as a line of its own outside the table, so every row's
/// group cell is blank and each 課 would go without its 部 (the contract names a unit in
/// full). A vertical line set left of the units, within the table's height, names the rows
/// whose units sit beside it; its name goes on the first of them, set on that row's line, so
/// `GroupColumn` hands it down to the rest as it does a top-aligned 部 cell.
enum VerticalGroupCells {
    /// `table` with the names of `lines` (the section's vertical lines on its page) in its
    /// blank group column; unchanged when the column before the units is not blank throughout.
    static func filled(_ table: Table, header: Int, unitColumn: Int, lines: [TextLine]) -> Table {
        guard unitColumn > 0 else { return table }
        let group = unitColumn - 1
        let body = Array(max(0, header + 1)..<table.rows.count)
        guard body.allSatisfy({ group >= table.rows[$0].count || Normalized.compact(table.rows[$0][group].text).isEmpty }) else { return table }
        let units = body.compactMap { r in unitColumn < table.rows[r].count ? table.rows[r][unitColumn].box.map { (r, $0) } : nil }
        guard let left = units.map(\.1.x0).min() else { return table }
        var result = table
        for line in lines where line.orientation == .vertical && line.box.x1 <= left + 0.5 && line.box.x0 >= table.box.x0 - 2 {
            let beside = units.filter { $0.1.midY >= line.box.y0 && $0.1.midY <= line.box.y1 }
            guard let (first, box) = beside.first, group < result.rows[first].count else { continue }
            result.rows[first][group] = Table.Cell(
                text: line.text, box: Rect(x0: line.box.x0, y0: box.y0, x1: line.box.x1, y1: box.y1))
        }
        return result
    }
}
