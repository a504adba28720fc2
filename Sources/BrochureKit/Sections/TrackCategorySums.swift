/// Years down, a track's header cell over categories with no subtotal (`技術職` over `土木 |
/// 電気・機械`), the grand total printed beside: the track's count is its categories' sum,
/// which the total vouches for.
///
/// Read one label per column, the track's cell sits over one category, so the track counted
/// that one (`電気・機械`'s 1 of 技術職's 3) and the totals stopped adding up. Categories may
/// be called anything, so what makes them parts is the arithmetic: in every body row the
/// figures of all the columns but the label and the total add up to the total.
enum TrackCategorySums {
    /// `table` with each track's categories folded into one column holding their sum; nil
    /// unless the header groups sub-columns under tracks and every row's figures add up to
    /// its total.
    static func summed(_ table: Table, headerRows: Int) -> Table? {
        guard headerRows >= 2, headerRows < table.rows.count, table.rows.allSatisfy({ $0.count == table.columns.count }),
            let groups = TrackSubColumnGroups.groups(under: Array(table.rows[..<headerRows]), kind: kind),
            let total = totalColumn(table, headerRows: headerRows, besides: Set(groups.flatMap(\.columns))),
            addsUp(table, headerRows: headerRows, total: total)
        else { return nil }
        return JobClassSubColumns.summed(table, headerRows: headerRows, kind: kind)
    }

    /// The label itself for a category; nil for a blank cell, a total or subtotal, or a sex.
    static func kind(_ label: String) -> String? {
        guard !label.isEmpty, !TrackSubtotalColumns.sexes.contains(label), !TrackSubtotalColumns.subtotals.contains(label),
            ColumnRole(label: label) != .total
        else { return nil }
        return label
    }

    /// The one column outside the groups whose header names the total.
    private static func totalColumn(_ table: Table, headerRows: Int, besides grouped: Set<Int>) -> Int? {
        let totals = table.columns.indices.filter { c in
            !grouped.contains(c) && table.rows[..<headerRows].contains { ColumnRole(label: $0[c].text) == .total }
        }
        return totals.count == 1 ? totals[0] : nil
    }

    /// Whether each body row's figures, but the first column's and the total's, add up to the
    /// total, in two rows at least.
    private static func addsUp(_ table: Table, headerRows: Int, total: Int) -> Bool {
        var checked = 0
        for row in table.rows.dropFirst(headerRows) {
            guard let whole = try? Headcount.parse(row[total].text) else { continue }
            var sum = 0
            for (c, cell) in row.enumerated() where c != 0 && c != total && !Headcount.noneMarks.contains(Normalized.compact(cell.text)) {
                guard let part = try? Headcount.parse(cell.text) else { return false }
                sum += part.count
            }
            guard sum == whole.count else { return false }
            checked += 1
        }
        return checked >= 2
    }
}
