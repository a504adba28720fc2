/// Units down, a track's header cell over its categories with no subtotal (`技術系` over
/// `土木 | 建築 | 電気・機械`, `事務系` over one column of its own): the unit's count for the
/// track is the sum of its categories.
///
/// Read one label per column, the track's cell sits over one category (the middle one,
/// `建築`), so the track counted that one alone and most technical hires were lost. What a
/// unit's row splits a track into can only be parts of it, so the sum needs no total beside
/// it; but not cohorts (`令和6年度 | 令和7年度`), plan and actual, or sexes, each a whole of
/// its own: such sub-labels make no group.
enum AssignmentCategoryColumns {
    /// `table` with each track's categories folded into one column holding their sum; nil
    /// unless its header rows group two sub-columns or more under a track.
    static func summed(_ table: Table) -> Table? {
        let headerRows = table.headerRowCount
        // (A subtotal among the sub-labels, `土木 | 建築 | 計`, says the track's count itself.)
        guard headerRows >= 2, headerRows < table.rows.count,
            !table.rows[headerRows - 1].contains(where: { TrackSubtotalColumns.subtotals.contains(Normalized.compact($0.text)) })
        else { return nil }
        return JobClassSubColumns.summed(table, headerRows: headerRows, kind: kind)
    }

    /// The label itself for a category; nil for a blank cell, a total, a sex, a year, or
    /// plan or actual.
    static func kind(_ label: String) -> String? {
        guard let category = TrackCategorySums.kind(label), YearLabel(label) == nil,
            !label.unicodeScalars.contains(where: TableDetector.isDigit), !["予定", "実績", "見込"].contains(where: label.contains)
        else { return nil }
        return category
    }
}
