/// A table's header row the layout fused with the first row under it: each cell its label over
/// the first unit's value (`配属先` over `青葉区役所`, `事務` over `12`), one cell of two lines.
///
/// When the header's band and the first row sit close (an unruled table, a tinted header),
/// the layout may take both for one row; the reader then finds the header in it (`事務12`
/// names a track) and loses the first unit. Every count column's cell holding a track's label
/// over a count, and the first column's two lines or more, is such a fusion: a header cell
/// set on two lines says `（人）` under its label, no count, and is left alone.
enum FusedHeaderRow {
    /// `table` with its fused row split into the header (each cell's first line) and the row
    /// under it (the rest of each cell); nil when the first row naming a track is no fusion.
    static func split(_ table: Table) -> Table? {
        guard let r = table.rows.firstIndex(where: { $0.dropFirst().contains { isTrack(label(of: $0)) } }) else { return nil }
        let row = table.rows[r]
        let counts = row.indices.dropFirst().filter { isTrack(label(of: row[$0])) }
        guard row[0].lines.count >= 2,
            counts.allSatisfy({ row[$0].lines.count >= 2 && isCount(row[$0].lines.dropFirst().joined()) })
        else { return nil }
        var header: [Table.Cell] = []
        var body: [Table.Cell] = []
        for cell in row {
            guard cell.lines.count >= 2, let box = cell.box else {
                header.append(cell)
                body.append(Table.Cell(text: "", box: nil))
                continue
            }
            // The box is parted in proportion to the lines each side holds.
            let cut = box.y0 + box.height / Double(cell.lines.count)
            header.append(Table.Cell(text: cell.lines[0], box: Rect(x0: box.x0, y0: box.y0, x1: box.x1, y1: cut), columnSpan: cell.columnSpan))
            let rest = Array(cell.lines.dropFirst())
            body.append(Table.Cell(
                text: rest.joined(), box: Rect(x0: box.x0, y0: cut, x1: box.x1, y1: box.y1), columnSpan: cell.columnSpan,
                lines: rest.count >= 2 ? rest : []))
        }
        var split = table
        split.rows.replaceSubrange(r...r, with: [header, body])
        return split
    }

    /// A cell's first line: its label, when it holds more than one.
    private static func label(of cell: Table.Cell) -> String {
        cell.lines.first ?? cell.text
    }

    private static func isTrack(_ label: String) -> Bool {
        let role = ColumnRole(label: label)
        return role == .administrative || role == .technical
    }

    /// A count or a mark for none (`12`, `－`): a value, not a header's note.
    private static func isCount(_ text: String) -> Bool {
        let compact = Normalized.compact(text)
        return !compact.isEmpty && (try? Headcount.parse(compact)) != nil
    }
}
