/// Row labels the layout left outside a table: short one-line blocks set just left of a grid
/// whose first column already holds figures, each on the height of one of its rows (a column
/// of `事務系` / `技術系` / `合計` beside a grid of plain numbers, a group cell `採用者数` centred
/// on its rows).
///
/// Without them the rows of figures name no track. They become the table's first columns,
/// one per column of labels, each label in the row its middle falls in.
enum RowLabelsBeside {
    /// `table` with the labels among `blocks` (the other blocks of its page) prepended as
    /// columns; `table` itself when its first column is not figures or no two labels fit.
    static func attach(to table: Table, from blocks: [Block]) -> Table {
        let body = table.rows.dropFirst(table.headerRowCount)
        guard !body.isEmpty, body.allSatisfy({ $0.first.map { $0.text.isEmpty || TableDetector.isNumeric($0.text) } ?? false })
        else { return table }
        let rowSpans: [ClosedRange<Double>?] = table.rows.map { row in
            Rect.enclosing(row.compactMap(\.box)).map { $0.y0...$0.y1 }
        }
        let em = table.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        // Each label: its line and the row it sits on.
        var labels: [(line: TextLine, row: Int)] = []
        for block in blocks where block.table == nil && block.lines.count == 1 && block.lines[0].orientation == .horizontal {
            let line = block.lines[0]
            guard Normalized.compact(line.text).count <= 8, line.box.x1 <= table.box.x0 + 0.5 * em,
                line.box.x0 >= table.box.x0 - 12 * em,
                let row = rowSpans.firstIndex(where: { $0?.contains(line.box.midY) ?? false })
            else { continue }
            labels.append((line, row))
        }
        // Two of them name tracks: a grid's row labels, not captions or notes beside it.
        let tracks: [ColumnRole] = [.administrative, .technical, .total]
        guard labels.filter({ tracks.contains(ColumnRole(label: $0.line.text)) }).count >= 2 else { return table }
        // Columns of labels: lines whose horizontal extents overlap, left to right.
        var columns: [ClosedRange<Double>] = []
        for (line, _) in labels.sorted(by: { $0.line.box.x0 < $1.line.box.x0 }) {
            let span = line.box.x0...line.box.x1
            if let i = columns.firstIndex(where: { $0.overlaps(span) }) {
                columns[i] = min(columns[i].lowerBound, span.lowerBound)...max(columns[i].upperBound, span.upperBound)
            } else {
                columns.append(span)
            }
        }
        var rows = table.rows.map { [Table.Cell](repeating: Table.Cell(text: "", box: nil), count: columns.count) + $0 }
        for (line, row) in labels {
            guard let column = columns.firstIndex(where: { $0.overlaps(line.box.x0...line.box.x1) }), rows[row][column].text.isEmpty
            else { return table }
            rows[row][column] = Table.Cell(text: line.text, box: line.box)
        }
        let box = labels.map(\.line.box).reduce(table.box) { $0.union($1) }
        return Table(box: box, columns: columns + table.columns, rows: rows, headerRowCount: table.headerRowCount)
    }
}
