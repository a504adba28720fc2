/// Years across, each year a header cell spanning a group of track sub-columns (`令和3年度`
/// over `事務 | 技術 | 計`), the rows the head counts and the women (`採用者数` / `うち女性`).
///
/// Read column by column, a year owns one column only and the rows name no track, so no figure
/// is found. The sub-column heads repeat the same tracks once per year: the k-th repetition is
/// the k-th year's group, whichever of its columns the year's cell was set over (a label
/// centred over its group lands in the middle column, or spans the group). The groups are
/// found by that repetition, not by the label's position, and each year must still sit over
/// its own group.
enum YearGroupColumns {
    /// One year's group: the column of each track in the sub-header row.
    struct Group {
        var year: YearLabel
        var columns: [(role: ColumnRole, column: Int)]
    }

    /// The groups under the year row `header` (`years` its labels by column), with the body's
    /// count row and women's row; nil unless the row under it names only tracks (事務 / 技術 /
    /// 計), in the same order once per year, each year set over its own group, and the body
    /// holds one count row (and at most one row naming 女性) labelled in column 0.
    static func groups(_ table: Table, header: Int, years: [YearLabel?]) -> (groups: [Group], counts: Int, women: Int?)? {
        let yearColumns = years.indices.filter { years[$0] != nil }
        guard yearColumns.count >= 2, header + 2 < table.rows.count else { return nil }
        let sub = table.rows[header + 1]
        guard sub.first?.text.trimmingWhitespace().isEmpty ?? false else { return nil }
        // The sub-header's tracks, grouped: a track met again opens the next year's group.
        var runs: [[(role: ColumnRole, column: Int)]] = []
        for c in sub.indices.dropFirst() where !sub[c].text.trimmingWhitespace().isEmpty {
            let role = ColumnRole(label: sub[c].text)
            guard [.administrative, .technical, .total].contains(role) else { return nil }
            if runs.isEmpty || runs[runs.count - 1].contains(where: { $0.role == role }) { runs.append([]) }
            runs[runs.count - 1].append((role, c))
        }
        guard runs.count == yearColumns.count, let first = runs.first, first.count >= 2,
            runs.allSatisfy({ $0.map(\.role) == first.map(\.role) })
        else { return nil }
        // Each year over its own group: the columns its cell covers meet the group's.
        let yearRow = table.rows[header]
        for (c, run) in zip(yearColumns, runs) {
            let covered = c...(c + max(yearRow[c].columnSpan, 1) - 1)
            guard covered.overlaps(run[0].column...run[run.count - 1].column) else { return nil }
        }
        // The body: one row of head counts, at most one of women, each labelled at the left.
        let columns = runs.flatMap { $0.map(\.column) }
        var counts: [Int] = []
        var women: [Int] = []
        for r in (header + 2)..<table.rows.count {
            let row = table.rows[r]
            guard columns.contains(where: { $0 < row.count && row[$0].text.contains(where: \.isNumber) }) else { continue }
            let label = Normalized.compact(row.first?.text ?? "")
            // A row of the men alone would make the heads only theirs.
            guard !label.contains("男") else { return nil }
            if label.contains("女") { women.append(r) } else { counts.append(r) }
        }
        guard counts.count == 1, women.count <= 1 else { return nil }
        let groups = zip(yearColumns, runs).map { Group(year: years[$0]!, columns: $1) }
        return (groups, counts[0], women.first)
    }
}
