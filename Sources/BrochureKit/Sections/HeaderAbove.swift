/// Column labels the layout left outside a table: short blocks set just above a grid that has
/// no header row, each over one of its columns (count headers set vertically, 縦書き one glyph
/// under another — `事務系`, `うち女性`, `合計` —, become blocks of their own, and so does a
/// horizontal `年度` between them).
///
/// Without them the figures name no track. They become a header row over the table, each
/// label in the column its middle falls in (labels stacked over one column joined top first).
/// They are taken only when two of them name tracks, so a caption or a note above a grid of
/// figures never passes for its header.
enum HeaderAbove {
    /// `table` with the labels among `blocks` (the other blocks of its page) as a header row;
    /// `table` itself when it has a header already or no two track labels fit.
    static func attach(to table: Table, from blocks: [Block]) -> Table {
        guard table.headerRowCount == 0, let firstRow = table.rows.first, table.columns.count >= 3,
            YearLabel(firstRow.first?.text ?? "") != nil
        else { return table }
        let em = table.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        let column = table.columnReach(em: em)
        // The labels: short blocks whose bottom is within a few lines above the table's top.
        var labels: [(line: TextLine, column: Int)] = []
        for block in blocks where block.table == nil && block.lines.count == 1 {
            let line = block.lines[0]
            guard Normalized.compact(line.text).count <= 8, line.box.y1 <= table.box.y0 + em / 4,
                line.box.y1 >= table.box.y0 - 3 * em, let c = column(line.box.midX)
            else { continue }
            labels.append((line, c))
        }
        let tracks: [ColumnRole] = [.administrative, .technical, .total]
        guard labels.filter({ tracks.contains(ColumnRole(label: $0.line.text)) }).count >= 2 else { return table }
        var header = table.columns.map { _ in Table.Cell(text: "", box: nil) }
        for (line, c) in labels.sorted(by: { $0.line.box.y0 < $1.line.box.y0 }) {
            header[c].text += line.text
            header[c].box = header[c].box.map { $0.union(line.box) } ?? line.box
        }
        let box = labels.map(\.line.box).reduce(table.box) { $0.union($1) }
        return Table(box: box, columns: table.columns, rows: [header] + table.rows, headerRowCount: 1)
    }
}
