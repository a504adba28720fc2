/// Two cohorts side by side under a merged header (`令和6年度採用者` | `令和7年度採用者`, each
/// over `事務系 | 技術系`): the placements are the latest cohort's, its pair of columns.
///
/// Each cohort's columns add up to that year's hires, so both pairs look valid; the later one
/// is the brochure's news. A row above the track header naming two or more years, one per group
/// of columns, gives each track column its cohort: the label whose span covers it, or else the
/// label nearest its centre. Only when the latest cohort holds every track the header names are
/// the earlier cohorts' columns set aside; a header naming one year, or none, is left as it was.
enum LatestCohortColumns {
    /// `roles` with the track columns of every cohort but the latest made `.unknown`.
    static func roles(_ roles: [ColumnRole], table: Table, header: Int) -> [ColumnRole] {
        guard header > 0, header < table.rows.count else { return roles }
        let tracks = roles.indices.filter { [.administrative, .technical, .total].contains(roles[$0]) }
        guard tracks.count >= 2 else { return roles }
        for row in table.rows[..<header].reversed() {
            let labels = row.indices.compactMap { c -> (column: Int, year: Int)? in
                let text = row[c].text.trimmingWhitespace()
                guard !text.isEmpty, let year = AssignmentsParser.cohortYear(in: text) ?? YearLabel(text)?.fiscalYear else { return nil }
                return (c, year)
            }
            guard Set(labels.map(\.year)).count >= 2, let latest = labels.map(\.year).max() else { continue }
            var result = roles
            var kept: [ColumnRole] = []
            for c in tracks {
                guard let owner = owner(of: c, labels: labels, row: row, table: table) else { return roles }
                if owner == latest { kept.append(roles[c]) } else { result[c] = .unknown }
            }
            // The latest cohort must hold each track named anywhere in the header, once.
            let named = Set(tracks.map { roles[$0] })
            guard Set(kept) == named, kept.count == named.count else { return roles }
            return result
        }
        return roles
    }

    /// The year over column `c`: the label whose span covers it, or the one nearest its centre.
    private static func owner(of c: Int, labels: [(column: Int, year: Int)], row: [Table.Cell], table: Table) -> Int? {
        if let covering = labels.first(where: { $0.column <= c && c < $0.column + max(row[$0.column].columnSpan, 1) }),
            row[covering.column].columnSpan > 1 || covering.column == c
        {
            return covering.year
        }
        guard c < table.columns.count else { return nil }
        let centre = (table.columns[c].lowerBound + table.columns[c].upperBound) / 2
        func middle(_ label: (column: Int, year: Int)) -> Double? {
            if let box = row[label.column].box { return (box.x0 + box.x1) / 2 }
            guard label.column < table.columns.count else { return nil }
            return (table.columns[label.column].lowerBound + table.columns[label.column].upperBound) / 2
        }
        // Equally near two labels: the one at or left of the column, where a span's text starts.
        return labels.compactMap { label in middle(label).map { (year: label.year, distance: abs($0 - centre), right: label.column > c ? 1 : 0) } }
            .min { ($0.distance, $0.right) < ($1.distance, $1.right) }?.year
    }
}
