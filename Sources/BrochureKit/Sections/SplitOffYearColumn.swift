/// A hiring table's last year column that the layout cut off the grid: one-line blocks set one
/// column pitch right of the table, a year label on the height of its year row and a figure or
/// dash on the height of each row under it (the planned `令和8年度` column of a ruled table
/// whose right edge a page-tall gutter or a side tab split away).
///
/// Cut off, the column's lines are loose paragraphs that may even land in another section (its
/// header `採用予定` reads as a heading), and the planned year is lost. Only a complete column
/// is taken: every row from the years down holds exactly one of its lines, the year follows
/// the table's last, and the lines sit where the next column would be.
enum SplitOffYearColumn {
    /// `parts` with each hiring table's split-off column joined to it again, its lines taken
    /// out of whichever part of the page held them.
    static func rejoin(_ parts: [SectionSegmenter.Part]) -> [SectionSegmenter.Part] {
        var parts = parts
        for h in parts.indices where parts[h].kind == .hiring {
            for b in parts[h].blocks.indices {
                let (page, block) = parts[h].blocks[b]
                guard let table = block.table,
                    case let others = parts.flatMap(\.blocks).filter({ $0.page == page && $0.block != block }).map(\.block),
                    let (joined, used) = attach(to: table, from: others)
                else { continue }
                var grown = block
                grown.table = joined
                grown.box = block.box.union(joined.box)
                parts[h].blocks[b].block = grown
                // Removing never shifts this table: the column's lines are one-line blocks, not it.
                for p in parts.indices {
                    parts[p].blocks.removeAll { $0.page == page && used.contains($0.block) }
                }
            }
        }
        return parts
    }

    /// `table` with the column among `blocks` appended, and the blocks used; nil unless the
    /// table has years across its top row of labels and a whole column of lines fits.
    static func attach(to table: Table, from blocks: [Block]) -> (Table, Set<Block>)? {
        guard let yearRow = table.rows.firstIndex(where: { YearLabel.carryingEra($0.map(\.text)).compactMap { $0 }.count >= 2 }),
            let lastYear = table.rows[yearRow].last.flatMap({ YearLabel($0.text) }),
            table.columns.count >= 3, yearRow + 1 < table.rows.count
        else { return nil }
        // The pitch of the year columns: where the next column's right edge would fall.
        let edges = table.columns.map(\.upperBound)
        let steps = zip(edges.dropFirst(), edges).map { $0 - $1 }.suffix(3)
        guard let pitch = steps.min(), pitch > 0, steps.allSatisfy({ $0 <= 1.5 * pitch }) else { return nil }
        // Each row's height: its last cell's (a label spanning two rows would blur the rows).
        let spans: [ClosedRange<Double>?] = table.rows.map { row in
            (row.last?.box ?? Rect.enclosing(row.compactMap(\.box))).map { $0.y0...$0.y1 }
        }
        let em = table.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        var found: [Int: Block] = [:]
        for block in blocks where block.table == nil && block.lines.count == 1 {
            let box = block.lines[0].box
            guard block.lines[0].orientation == .horizontal, box.x0 > table.box.x1 - 0.5 * em,
                box.x1 <= table.box.x1 + pitch + em,
                let row = spans.firstIndex(where: { $0?.contains(box.midY) ?? false }), row >= yearRow
            else { continue }
            guard found[row] == nil else { return nil }
            found[row] = block
        }
        guard found.count == table.rows.count - yearRow, let head = found[yearRow].map({ $0.lines[0].text }),
            let year = YearLabel(head), year.fiscalYear > lastYear.fiscalYear,
            found.allSatisfy({ $0.key == yearRow || TableDetector.isNumeric($0.value.lines[0].text) || ExamGrid.isNone($0.value.lines[0].text) })
        else { return nil }
        let rows = table.rows.indices.map { r in
            table.rows[r] + [found[r].map { Table.Cell(text: $0.lines[0].text, box: $0.lines[0].box) } ?? Table.Cell(text: "", box: nil)]
        }
        let boxes = found.values.map(\.lines[0].box)
        let column = (boxes.map(\.x0).min() ?? table.box.x1)...(boxes.map(\.x1).max() ?? table.box.x1)
        let box = boxes.reduce(table.box) { $0.union($1) }
        return (Table(box: box, columns: table.columns + [column], rows: rows, headerRowCount: table.headerRowCount), Set(found.values))
    }
}
