/// A hiring table with years as rows whose header row is drawn under the years, not over them.
///
/// Some tables print the column labels (`年度 | 事務系 | 技術系 | 計`) as their last row, under
/// the planned year. With nothing over the first year the labels are read from the rows after
/// the last one, and only when they name at least two of the count columns (total / 事務系 /
/// 技術系), so a closing 合計 row or a note row is never taken for the header.
enum HeaderRowBelow {
    /// The rows under the last year that label the columns, or nil when the table has a header
    /// above its years or the rows below name fewer than two count columns.
    static func rows(_ rows: [[Table.Cell]], years: [YearLabel?]) -> [[Table.Cell]]? {
        guard let first = years.firstIndex(where: { $0 != nil }), first == 0,
            let last = years.lastIndex(where: { $0 != nil }), last + 1 < rows.count
        else { return nil }
        let below = Array(rows[(last + 1)...])
        let width = below.map(\.count).min() ?? 0
        let roles = (0..<width).map { c in ColumnRole(label: below.map { $0[c].text }.joined()) }
        let counts = roles.filter { [.total, .administrative, .technical].contains($0) }
        guard counts.count >= 2, Set(counts).count == counts.count else { return nil }
        return below
    }
}
