/// Tables with years across: a column per year, a row per track and its women.
extension HiringParser {
    /// Years across the header, tracks down the first column.
    func byColumns(_ table: Table, page: Int, convention: Headcount.Convention) -> HiringRecord? {
        var found: (index: Int, years: [YearLabel?])? = nil
        for (index, row) in table.rows.enumerated() {
            let years = YearLabel.carryingEra(row.map(\.text))
            if years.compactMap({ $0 }).count >= 2 {
                found = (index, years)
                break
            }
        }
        guard var (headerIndex, labels) = found else { return nil }
        // The women in a table of their own beside the counts', the same years over both.
        if let halves = WomenTableBeside.split(table, header: headerIndex, years: labels) {
            guard let counts = byColumns(halves.counts, page: page, convention: convention),
                let women = byColumns(halves.women, page: page, convention: convention)
            else { return nil }
            return WomenTableBeside.merge(counts, women: women)
        }
        // A label's second line in brackets, in a row of its own under the years
        // (`2025年度` over `（R7予定）`), is part of it: it may say the year is planned.
        if headerIndex + 1 < table.rows.count, case let next = table.rows[headerIndex + 1],
            labels.indices.allSatisfy({ c in labels[c] == nil || (c < next.count && NameColumn.isBracketed(next[c].text)) }),
            case let joined = labels.indices.map({ c in labels[c] == nil ? nil : YearLabel(table.rows[headerIndex][c].text + next[c].text) }),
            joined.compactMap({ $0 }).count == labels.compactMap({ $0 }).count
        {
            labels = joined
            headerIndex += 1
        }
        // A second header row spelling the same years in the other calendar (`2021` over `R3`):
        // part of each label, and it may be the one that says the year is planned (`R8予定`).
        if let joined = Self.yearsSpelledAgain(labels, below: table.rows, header: headerIndex) {
            labels = joined
            headerIndex += 1
        }
        var years = labels
        // `実績` over the actual years and `予定` over the planned one, in a header row of their own.
        for c in years.indices where years[c] != nil
            && PlannedNote.isPlanHeader(table.rows[..<headerIndex].compactMap { $0.indices.contains(c) ? $0[c].text : nil })
        {
            years[c]?.planned = true
        }
        // Each year spanning its own group of track sub-columns, the rows heads and women.
        if let grouped = YearGroupColumns.groups(table, header: headerIndex, years: years) {
            let rows = grouped.groups.map { group in
                let counts = group.columns.map { table.rows[grouped.counts][$0.column] }
                let women = grouped.women.map { w in group.columns.map { table.rows[w][$0.column] } } ?? []
                let pairs = women.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: counts.indices.map { ($0, $0 + counts.count) })
                return row(
                    group.year, cells: counts + women, roles: group.columns.map(\.role) + women.map { _ in .unknown }, women: pairs,
                    convention: convention, page: page)
            }
            return HiringRecord(rows: rows, technicalScope: nil, page: page)
        }
        let body = Array(table.rows[(headerIndex + 1)...])
        // No column of labels: each cell opens with its row's (`LabelsInCells`), the first column a year.
        let inCells = LabelsInCells.rowLabels(body, years: years)
        let rowLabels = inCells ?? body.map { $0.first?.text ?? "" }
        // A track's subtotal row (`事務系 計`) over its categories (`学校事務`): `SubtotalRows`.
        var roles = SubtotalRows.preferred(rowLabels.map { ColumnRole(label: $0) }, labels: rowLabels)
        // Women in rows of their own (`うち女性` under each track's row), as in the other orientation.
        // Or a group of women's rows under the group of head counts, track by track.
        var women = TrackWomenRows.pairs(body, firstYear: years.firstIndex { $0 != nil } ?? 1, roles: &roles)
        if women.isEmpty { women = Self.womenColumns(rowLabels, &roles, first: 0) }
        var men = Set(women.keys.filter { Self.namesMen(rowLabels[$0]) })
        // Each track split into a 男 row and a 女 row: the head count is their sum.
        if women.isEmpty, let firstYear = years.firstIndex(where: { $0 != nil }) {
            women = SexSubRows.pairs(body, firstYear: firstYear, roles: &roles)
            men = Set(women.keys)
        }
        let techLabel = roles.firstIndex(of: .technical).map { rowLabels[$0] }
        // A third group the total counts, as in the other orientation.
        let others = OtherTrackColumns.candidates(rowLabels, roles: roles, paired: Set(women.keys).union(women.values), from: 0)
        // The same years again under a caption naming the women, the row labels shared: each
        // year's women in its column of the second group.
        let womenGroup = women.isEmpty ? WomenColumnGroup.columns(table, header: headerIndex, years: years) : nil
        if let group = womenGroup { for c in group.values { years[c] = nil } }
        let figures = FiguresBesideYears.columns(years: years, header: Array(table.rows[...headerIndex]), body: body)
        let rows = years.indices.dropFirst(inCells == nil ? 1 : 0).compactMap { c -> HiringRecord.Row? in
            guard let year = years[c] else { return nil }
            let cells = body.map { $0[figures[c] ?? c] }
            if let w = womenGroup?[c] {
                let both = cells + body.map { $0[w] }
                let pairs = Dictionary(uniqueKeysWithValues: body.indices.map { ($0, $0 + body.count) })
                return row(
                    year, cells: both, roles: roles + Array(repeating: .unknown, count: body.count), women: pairs,
                    convention: convention, page: page)
            }
            return row(year, cells: cells, roles: roles, women: women, men: men, others: others, convention: convention, page: page)
        }
        return OtherTrackColumns.kept(HiringRecord(
            rows: rows, technicalScope: techLabel.flatMap(ColumnRole.scope), otherScope: OtherTrackColumns.scope(others.map { rowLabels[$0] }), page: page))
    }

    /// Columns (or, with years across, rows) of women set apart (`人数 | うち女性` under each
    /// track): each follows the count it belongs to; `first` is the first label that can be a count. Returns count column → women column, and gives each pair the
    /// track its header names, in the order the header names them (`合計` over both columns of
    /// its pair lands on either).
    static func womenColumns(_ labels: [String], _ roles: inout [ColumnRole], first: Int = 1) -> [Int: Int] {
        // (Not a column of counts whose women stand in their brackets, `計（うち女性）`.)
        let named = labels.indices.filter { Normalized.compact(labels[$0]).contains("女性") && ColumnRole.womenNote(Normalized.compact(labels[$0])) == nil }
        // The women's share right after their number (`うち女性 | 女性比率`) is no pair of its own.
        let womenAt = named.filter { !(named.contains($0 - 1) && WomenCell.namesShare(labels[$0])) }
        guard !womenAt.isEmpty else { return [:] }
        let counts = womenAt.map { $0 - 1 }
        guard counts.allSatisfy({ $0 >= first && !womenAt.contains($0) }) else { return [:] }
        // Track names in header order, each once: one per pair.
        var tracks: [ColumnRole] = []
        for label in labels {
            for part in [label] {
                let role = ColumnRole(label: part.replacingOccurrences(of: "うち女性", with: "").replacingOccurrences(of: "女性", with: ""))
                if [.total, .administrative, .technical].contains(role), !tracks.contains(role) { tracks.append(role) }
            }
        }
        var pairs: [Int: Int] = [:]
        if tracks.count == counts.count {
            // A track named over its pair names no other column: in two tables side by side,
            // one per track (`事務系 / 年度 | 採用者数 | うち女性` beside `技術系 / …`), the caption
            // also heads the second table's own column of years.
            for column in roles.indices where tracks.contains(roles[column]) { roles[column] = .unknown }
            for (track, column) in zip(tracks, counts) {
                roles[column] = track
                roles[column + 1] = .unknown
            }
        }
        for column in counts where [.total, .administrative, .technical].contains(roles[column]) { pairs[column] = column + 1 }
        return pairs
    }
}
