/// Row labels the layout left outside a table: short one-line blocks set just left of a grid
/// whose first column already holds figures (or dashes for none), each on the height of one of its rows (a column
/// of `事務系` / `技術系` / `合計` beside a grid of plain numbers, a group cell `採用者数` centred
/// on its rows).
///
/// Without them the rows of figures name no track. They become the table's first columns,
/// one per column of labels, each label in the row its middle falls in. A label centred on
/// the gap between two rows is a cell spanning both (a year over its `採用者数` / `うち女性`
/// sub-rows): it goes in the upper one. A column of labels may stand beside another rather
/// than beside the grid, and a year label may wrap onto a second line (`令和8年度` / `（予定）`).
/// A whole column of labels may come as one block of many lines (`stackedLabels`).
enum RowLabelsBeside {
    /// `table` with the labels among `blocks` (the other blocks of its page) prepended as
    /// columns; `table` itself when its first column is not figures or no two labels fit.
    static func attach(to table: Table, from blocks: [Block]) -> Table {
        let body = table.rows.dropFirst(table.headerRowCount)
        guard !body.isEmpty, body.allSatisfy({ $0.first.map { $0.text.isEmpty || TableDetector.isNumeric($0.text) || ExamGrid.isNone($0.text) } ?? false })
        else { return table }
        let rowSpans: [ClosedRange<Double>?] = table.rows.map { row in
            Rect.enclosing(row.compactMap(\.box)).map { $0.y0...$0.y1 }
        }
        let em = table.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        // Each label: its line and the row it sits on.
        var labels: [(line: TextLine, row: Int)] = []
        let edge = table.box.x0
        let alone = blocks.compactMap { label(of: $0) }.filter { $0.box.x1 <= edge + 0.5 * em }
        // A column of labels set as one block (`stackedLabels`): near enough when its right edge is.
        let columnBlocks = blocks.filter { $0.box.x1 <= edge + 0.5 * em && $0.box.x1 >= edge - 12 * em }
        let stacked: [TextLine] = columnBlocks.flatMap { stackedLabels(of: $0, rows: rowSpans) }
        var candidates = alone + stacked
        // Nearest the grid first: a column further left must reach the columns taken before it.
        candidates.sort { $0.box.x1 > $1.box.x1 }
        var left = table.box.x0
        for line in candidates {
            guard line.box.x0 >= table.box.x0 - 12 * em || line.box.x1 >= left - 3 * em,
                let row = rowSpans.firstIndex(where: { $0?.contains(line.box.midY) ?? false }) ?? spanned(line.box, rows: rowSpans, em: em)
            else { continue }
            labels.append((line, row))
            left = min(left, line.box.x0)
        }
        // Two of them name tracks or years: a grid's row labels, not captions or notes beside it.
        let tracks: [ColumnRole] = [.administrative, .technical, .total]
        guard labels.filter({ tracks.contains(ColumnRole(label: $0.line.text)) }).count >= 2
            || labels.filter({ YearLabel($0.line.text) != nil }).count >= 2
        else { return table }
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

    /// A block's label line: a short horizontal line alone, or a year label wrapped onto two
    /// lines (`令和8年度` / `（予定）`) joined into one.
    static func label(of block: Block) -> TextLine? {
        guard block.table == nil, (1...2).contains(block.lines.count), block.lines.allSatisfy({ $0.orientation == .horizontal }),
            var line = block.lines.first
        else { return nil }
        guard block.lines.count == 2 else { return Normalized.compact(line.text).count <= 8 ? line : nil }
        let joined = block.lines.map(\.text).joined()
        guard Normalized.compact(joined).count <= 12, YearLabel(joined) != nil else { return nil }
        line.text = joined
        line.box = block.box
        return line
    }

    /// The upper of two rows whose gap `box` is centred on (within a quarter line): a cell
    /// spanning both rows; nil when it is centred on no gap.
    static func spanned(_ box: Rect, rows: [ClosedRange<Double>?], em: Double) -> Int? {
        for r in rows.indices.dropLast() {
            guard let upper = rows[r], let lower = rows[r + 1], upper.upperBound < lower.lowerBound else { continue }
            if abs((upper.upperBound + lower.lowerBound) / 2 - box.midY) <= em / 4 { return r }
        }
        return nil
    }
}
