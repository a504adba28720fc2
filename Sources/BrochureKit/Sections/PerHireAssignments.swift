/// An assignment list with one row per person hired (`No. | 職種 | 配属先`, `事務職 | 総務課`
/// twice for two hires there): no counts are printed, so each unit's are the rows naming it.
///
/// The wide reader looks for a column of counts under each track and finds none, so the
/// section gave nothing. A table is such a list when a column headed as the units' holds a
/// unit on every body row, another holds a track on every body row, and no column holds
/// counts (a running number down the rows, `1` … `15`, is no count).
enum PerHireAssignments {
    /// The units of `table`, in the order first named, with the hires per track counted; nil
    /// unless the table is such a list of three rows or more.
    static func rows(_ table: Table, page: Int) -> [AssignmentRecord.Row]? {
        guard table.rows.count >= 4, let width = table.rows.map(\.count).min(), width >= 2 else { return nil }
        let header = table.rows[0]
        let body = table.rows.dropFirst()
        guard let unitColumn = (0..<width).first(where: { ColumnRole(label: header[$0].text) == .unit }),
            let trackColumn = (0..<width).first(where: { c in c != unitColumn && body.allSatisfy { Track(label: $0[c].text) != .other } }),
            body.allSatisfy({ !Normalized.compact($0[unitColumn].text).isEmpty }),
            !(0..<width).contains(where: { c in c != trackColumn && c != unitColumn && holdsCounts(body.map { $0[c].text }) })
        else { return nil }
        var rows: [AssignmentRecord.Row] = []
        var index: [String: Int] = [:]
        for cells in body {
            let unit = Normalized.compact(cells[unitColumn].text)
            let at = index[unit] ?? rows.count
            if at == rows.count {
                index[unit] = at
                rows.append(AssignmentRecord.Row(unit: unit, administrative: 0, technical: 0,
                    provenance: Provenance(page: page, box: cells[unitColumn].box ?? table.box, text: cells[unitColumn].text)))
            }
            if Track(label: cells[trackColumn].text) == .administrative { rows[at].administrative += 1 } else { rows[at].technical += 1 }
        }
        return rows
    }

    /// Whether a column's cells are counts: figures, but not the running numbers 1, 2, 3, … of the rows.
    private static func holdsCounts(_ texts: [String]) -> Bool {
        let figures = texts.compactMap { Int(Normalized.compact($0).filter { $0 != "." }) }
        guard figures.count * 2 >= texts.count else { return false }
        return figures != Array(1...figures.count)
    }
}
