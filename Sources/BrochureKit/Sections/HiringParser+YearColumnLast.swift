/// A hiring table with its years down the last column.
extension HiringParser {
    /// The table with its last column moved to the front, when that column names the years
    /// and the first two do not (`事務系 | うち女性 | … | 計 | うち女性 | 年度`, the labels set
    /// at the right end): the figures are read against the years as when they head the rows.
    static func yearColumnLast(_ table: Table) -> (Table, [YearLabel?])? {
        let width = table.rows.map(\.count).min() ?? 0
        guard width >= 3 else { return nil }
        let last = width - 1
        let years = YearLabel.carryingEra(table.rows.map { $0[last].text })
        guard Set(years.compactMap { $0?.fiscalYear }).count >= 2 else { return nil }
        let rows = table.rows.map { row in [row[last]] + row[..<last] + row[width...] }
        let columns = table.columns.count == width ? [table.columns[last]] + table.columns[..<last] : table.columns
        return (Table(box: table.box, columns: Array(columns), rows: rows, headerRowCount: table.headerRowCount), years)
    }
}
