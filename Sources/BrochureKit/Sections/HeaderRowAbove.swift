/// A ruled table's header row the layout left outside it, one block per label (`部局等`,
/// `事務系`, `技術系`, `計`, or a label on two lines, `裁判所` / `事務官`) on one baseline above the grid, with perhaps a group row between
/// (`【本庁】` spanning the table, a line of its own at the table's left edge).
///
/// A group row right under the header parts the header from the body, so the labels became
/// short blocks of their own and the grid below named no track: nothing was read. The labels
/// are taken back as the header, left to right, one per column: there must be as many as the
/// grid has columns (or one fewer, all naming tracks or the total, over the counts only), and
/// two must name tracks, so a caption or a note above a grid of figures never passes for one.
enum HeaderRowAbove {
    /// `table` under a header row of the labels among `blocks` (its page's other blocks); nil
    /// when its first row names a track already or no such row of labels is above it.
    static func attach(to table: Table, from blocks: [Block]) -> Table? {
        guard let first = table.rows.first, !first.dropFirst().contains(where: { isTrack($0.text) }) else { return nil }
        let em = table.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        // A label set on two or three short lines (`裁判所` / `事務官` over a narrow column) is
        // one label, its lines joined.
        let lines = blocks.filter { $0.table == nil && (1...3).contains($0.lines.count) }.compactMap(Self.label)
            // A label centred over a narrow column of counts may stand out past the grid's
            // edge (`技術職` over single digits): its centre is over the grid.
            .filter { $0.box.x0 >= table.box.x0 - em && $0.box.midX <= table.box.x1 + em }
        func above(_ top: Double) -> [TextLine] {
            lines.filter { $0.box.y1 <= top + em / 4 && $0.box.y1 >= top - 3 * em }
        }
        var top = table.box.y0
        // A group row: alone on its baseline, at the table's left edge.
        if let nearest = above(top).max(by: { $0.box.y1 < $1.box.y1 }), abs(nearest.box.x0 - table.box.x0) <= em,
            above(top).filter({ $0.box.yOverlap(nearest.box) > 0 }).count == 1
        {
            top = nearest.box.y0
        }
        guard let lowest = above(top).max(by: { $0.box.y1 < $1.box.y1 }) else { return nil }
        let labels = above(top).filter { $0.box.yOverlap(lowest.box) >= 0.5 * min($0.box.height, lowest.box.height) }
            .sorted { $0.box.x0 < $1.box.x0 }
        guard labels.allSatisfy({ Normalized.compact($0.text).count <= 8 }), labels.filter({ isTrack($0.text) }).count >= 2 else { return nil }
        let columns = table.columns.count
        let skip: Int
        if labels.count == columns {
            skip = 0
        } else if labels.count == columns - 1, labels.allSatisfy({ isTrack($0.text) || ColumnRole(label: $0.text) == .total }) {
            skip = 1
        } else {
            return nil
        }
        var header = table.columns.map { _ in Table.Cell(text: "", box: nil) }
        for (i, label) in labels.enumerated() {
            header[skip + i] = Table.Cell(text: label.text, box: label.box)
        }
        let box = labels.map(\.box).reduce(table.box) { $0.union($1) }
        return Table(box: box, columns: table.columns, rows: [header] + table.rows, headerRowCount: 1)
    }

    /// A block's text as one label: its line, or its two or three lines joined when together
    /// they are no longer than a label (eight characters); nil for a longer block.
    static func label(_ block: Block) -> TextLine? {
        guard var line = block.lines.first else { return nil }
        guard block.lines.count > 1 else { return line }
        line.text = block.lines.map(\.text).joined()
        guard Normalized.compact(line.text).count <= 8 else { return nil }
        line.box = block.box
        return line
    }

    private static func isTrack(_ text: String) -> Bool {
        let role = ColumnRole(label: text)
        return role == .administrative || role == .technical
    }
}
