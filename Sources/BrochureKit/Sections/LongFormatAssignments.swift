/// An assignment table in long format: one row per unit AND track (`配属先 | 系統 | 人数`),
/// a unit posted both tracks a cell spanning its two rows.
///
/// The wide reader takes the first row naming a track as the header, so the first body row
/// (`事務局総務課 | 事務系 | 1名`) became the header and the rest counted no one. Here a column
/// holding a track on every filled body row (and none in the header above) says which track
/// each row's count belongs to; a row with no unit of its own (the span's second row)
/// continues the unit above, and the counts are summed per unit and track.
enum LongFormatAssignments {
    /// The units of `table`, one row each with its count per track, when a column after the
    /// first holds track labels on two body rows or more and only those; nil otherwise.
    static func rows(_ table: Table, page: Int) -> [AssignmentRecord.Row]? {
        guard let width = table.rows.map(\.count).min(), width >= 3,
            let (trackColumn, firstBody) = trackColumn(of: table, width: width)
        else { return nil }
        // The count column: the first other column past the units whose body cells are all counts (or `－`).
        let body = Array(table.rows[firstBody...])
        guard let countColumn = (1..<width).first(where: { c in
            c != trackColumn && body.allSatisfy { (try? Headcount.parse($0[c].text)) != nil } && body.contains { count($0[c].text) != nil }
        }) else { return nil }
        var rows: [AssignmentRecord.Row] = []
        for cells in body {
            let unit = Normalized.compact(cells[0].text)
            guard !["計", "合計"].contains(unit) else { continue }
            let n = count(cells[countColumn].text) ?? 0
            let role = ColumnRole(label: cells[trackColumn].text)
            if unit.isEmpty, rows.isEmpty { continue }
            if !unit.isEmpty, rows.last?.unit != unit {
                rows.append(AssignmentRecord.Row(unit: unit, administrative: 0, technical: 0))
            }
            if role == .administrative { rows[rows.count - 1].administrative += n }
            if role == .technical { rows[rows.count - 1].technical += n }
            let box = Rect.enclosing(cells.compactMap(\.box) + [rows[rows.count - 1].provenance?.box].compactMap { $0 })
            let text = [rows[rows.count - 1].provenance?.text, cells.map(\.text).joined(separator: "\t")].compactMap { $0 }.joined(separator: "\n")
            rows[rows.count - 1].provenance = box.map { Provenance(page: page, box: $0, text: text) }
        }
        return rows.isEmpty ? nil : rows
    }

    /// The column of tracks and the first body row: a column after the first whose filled
    /// cells from some row on are all track labels, two or more, with none above that row.
    private static func trackColumn(of table: Table, width: Int) -> (column: Int, firstBody: Int)? {
        for c in 1..<width {
            guard let first = table.rows.firstIndex(where: { TracksDown.isTrack($0[c].text) }), first >= 1 else { continue }
            let below = table.rows[first...].map { Normalized.compact($0[c].text) }.filter { !$0.isEmpty }
            if below.count >= 2, below.allSatisfy({ TracksDown.isTrack($0) || ColumnRole(label: $0) == .total }) {
                return (c, first)
            }
        }
        return nil
    }

    private static func count(_ text: String) -> Int? {
        (try? Headcount.parse(text))??.count
    }
}
