/// Years down, each track a header cell over its job categories and their subtotal (`事務職`
/// over `一般事務 | 社会福祉 | 計`, `技術職` over `土木 | 電気 | 計`), the grand total beside:
/// a track's figures are its subtotal column's.
///
/// Read one label per column, the track's cell sits over its first category, so the track
/// counted one category (`一般事務`'s 6 of 事務職's 7) and the totals stopped adding up. Any
/// labels may name the categories: what makes the group is the run of sub-columns under one
/// track's cell closed by `計` or `小計`.
enum TrackSubtotalColumns {
    /// `table` with each track's categories folded into their subtotal column; nil unless the
    /// header groups sub-columns closed by a subtotal under each track it names.
    static func taken(_ table: Table, headerRows: Int) -> Table? {
        guard headerRows >= 2, headerRows <= table.rows.count,
            let groups = TrackSubColumnGroups.groups(under: Array(table.rows[..<headerRows]), kind: kind, closes: Self.subtotals.contains),
            groups.allSatisfy({ Self.subtotals.contains($0.kinds.last!) })
        else { return nil }
        return TrackSubColumnGroups.collapsed(table, groups: groups, headerRows: headerRows) { r, group in
            table.rows[r][group.columns.last!]
        }
    }

    /// The sub-labels of a group by sex.
    static let sexes: Set<String> = ["男性", "男", "女性", "女", "うち女性"]

    /// The sub-labels that close a track's group.
    static let subtotals: Set<String> = ["計", "小計"]

    /// The label itself for a category or a subtotal; nil for a blank cell, a grand total
    /// (`合計`, `総計`), which no track's group holds, or a sex (`男性 | 女性 | 計` gives the
    /// women too: `SexSubColumns` reads it).
    static func kind(_ label: String) -> String? {
        guard !label.isEmpty, !Self.sexes.contains(label) else { return nil }
        if subtotals.contains(label) { return label }
        return ColumnRole(label: label) == .total ? nil : label
    }
}
