/// Runs of sub-columns under one track's header cell (`事務職` over `採用予定数 | 採用者数`,
/// `事務系` over `総合職 | 一般職`), found by the kinds of their labels in the header's last row.
///
/// Read as one label per column, the track joins only the sub-column its cell happens to sit
/// over, and the other sub-columns name nothing, so a track reads the wrong figure or part of
/// it. A group is a run of sub-columns whose labels are all of one vocabulary, a kind met again
/// opening the next run; each group must have two columns or more and take the one track named
/// over any of them in the rows above, each group its own track.
enum TrackSubColumnGroups {
    /// The columns of one group, and the track named over it.
    struct Group: Equatable {
        var columns: [Int]
        var role: ColumnRole
        /// The header cell's text naming the track.
        var label: String
        /// The kind of each column's sub-label, in the order of `columns`.
        var kinds: [String]
    }

    /// The groups of the `header` rows' last row, each sub-label's kind given by `kind` (nil for
    /// a label outside the vocabulary, which closes a run; a kind `closes` says so ends its run
    /// after it, as a sum ends its group); nil unless there is one group at least and every run
    /// is a group under a track of its own.
    static func groups(under header: [[Table.Cell]], kind: (String) -> String?, closes: (String) -> Bool = { _ in false }) -> [Group]? {
        guard header.count >= 2, let sub = header.last else { return nil }
        var runs: [[(column: Int, kind: String)]] = []
        var open: [(column: Int, kind: String)] = []
        for (c, cell) in sub.enumerated() {
            guard let k = kind(Normalized.compact(cell.text)) else {
                if !open.isEmpty { runs.append(open) }
                open = []
                continue
            }
            if open.contains(where: { $0.kind == k }) {
                runs.append(open)
                open = []
            }
            open.append((c, k))
            if closes(k) {
                runs.append(open)
                open = []
            }
        }
        if !open.isEmpty { runs.append(open) }
        var groups: [Group] = []
        for run in runs {
            let span = run.first!.column...run.last!.column
            var named: [(role: ColumnRole, text: String)] = []
            for row in header.dropLast() {
                for (c, cell) in row.enumerated() where (c...(c + max(cell.columnSpan, 1) - 1)).overlaps(span) {
                    let role = ColumnRole(label: cell.text)
                    if [.administrative, .technical, .total].contains(role), !named.contains(where: { $0.role == role }) { named.append((role, cell.text)) }
                }
            }
            guard run.count >= 2, named.count == 1, !groups.contains(where: { $0.role == named[0].role }) else { return nil }
            groups.append(Group(columns: run.map(\.column), role: named[0].role, label: named[0].text, kinds: run.map(\.kind)))
        }
        return groups.isEmpty ? nil : groups
    }

    /// `table` with each group folded into its first column: the header rows above the last
    /// keep their first filled cell of the group (the track), the last header row is left
    /// blank there, and each body row `r` takes the cell `cell(r, group)` makes.
    static func collapsed(_ table: Table, groups: [Group], headerRows: Int, cell: (Int, Group) -> Table.Cell) -> Table? {
        guard headerRows >= 2, table.rows.allSatisfy({ $0.count == table.columns.count }) else { return nil }
        var result = table
        for group in groups {
            let keep = group.columns[0]
            for r in table.rows.indices {
                let cells = group.columns.map { table.rows[r][$0] }
                var kept: Table.Cell
                if r == headerRows - 1 {
                    kept = Table.Cell(text: "", box: nil)
                } else if r < headerRows {
                    kept = cells.first { !Normalized.compact($0.text).isEmpty } ?? cells[0]
                } else {
                    kept = cell(r, group)
                }
                kept.columnSpan = 1
                result.rows[r][keep] = kept
            }
            result.columns[keep] = table.columns[group.columns.first!].lowerBound...table.columns[group.columns.last!].upperBound
        }
        let dropped = Set(groups.flatMap { $0.columns.dropFirst() })
        result.columns = result.columns.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        result.rows = result.rows.map { row in
            row.enumerated().filter { !dropped.contains($0.offset) }.map { c, cell in
                var cell = cell
                // A cell spanning over dropped columns spans the columns left.
                let covered = (c..<(c + max(cell.columnSpan, 1))).filter { !dropped.contains($0) }.count
                cell.columnSpan = max(covered, 1)
                return cell
            }
        }
        return result
    }
}
