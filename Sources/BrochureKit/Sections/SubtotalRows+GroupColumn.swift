extension SubtotalRows {
    /// `table` with a first column of track labels folded into its bare `小計` rows: each group's
    /// label (`事務職`, set upright in a cell spanning `行政` … `小計`, read into the group's first
    /// row) names the group's `小計` (`事務職小計`), and the column goes.
    ///
    /// Left in place, the label would make the group's first category (`行政`) pass for the
    /// whole track, and the 小計 row under it would name none. A column of group labels holds
    /// a track's name on two rows or more and nothing else, each beside a category in the next
    /// column; `table` itself when its first column is no such column or no 小計 is bare.
    static func namedByGroupColumn(_ table: Table) -> Table {
        guard table.columns.count >= 3 else { return table }
        let labels = table.rows.map { Normalized.compact($0.first?.text ?? "") }
        let filled = labels.indices.filter { !labels[$0].isEmpty }
        guard filled.count >= 2,
            filled.allSatisfy({ r in
                [.administrative, .technical].contains(ColumnRole(label: labels[r])) && table.rows[r].count > 1
                    && !Normalized.compact(table.rows[r][1].text).isEmpty
            })
        else { return table }
        var result = table
        result.columns.removeFirst()
        result.rows = table.rows.map { Array($0.dropFirst()) }
        var named = false
        for r in result.rows.indices {
            guard let label = result.rows[r].first, isBare(Normalized.compact(label.text)),
                let group = filled.last(where: { $0 <= r })
            else { continue }
            result.rows[r][0].text = labels[group] + result.rows[r][0].text
            named = true
        }
        return named ? result : table
    }
}
