/// A divider row saying the rows under it are planned (`▼以下は採用予定数です（女性の内訳は未定）▼`),
/// and the year rows under it: the only mark of a planned year whose label is bare (`令和8年度`).
///
/// Set as a cream band spanning the table, the divider breaks its grid, so the layout may end
/// the table over it and leave the row under it as loose one-line cells. `attach` puts the
/// divider (as a row of one cell) and the rows of cells under it, each cell in the column it
/// stands in, back into the table; `plannedYears` reads the year rows under a divider of a
/// table, whether the layout kept it in the grid or `attach` put it back.
enum PlanDividerRows {
    /// Whether `text` says the rows after it are planned: it points below (`以下`) and says 予定.
    static func isDivider(_ text: String) -> Bool {
        let compact = Normalized.compact(text)
        return compact.contains("以下") && PlannedNote.says(compact)
    }

    /// The fiscal years of the year rows under a divider row of the section's tables.
    static func plannedYears(in part: SectionSegmenter.Part) -> Set<Int> {
        var years: Set<Int> = []
        for (page, block) in part.blocks {
            guard let table = block.table else { continue }
            years.formUnion(plannedYears(attach(to: table, from: part.blocks.filter { $0.page == page }.map(\.block))))
        }
        return years
    }

    /// The fiscal years labelled in the first cell of the rows under `table`'s divider row: a
    /// row whose only text is a divider.
    static func plannedYears(_ table: Table) -> Set<Int> {
        guard let divider = table.rows.firstIndex(where: { row in
            let filled = row.filter { !$0.text.isEmpty }
            return filled.count == 1 && isDivider(filled[0].text)
        }) else { return [] }
        return Set(table.rows[(divider + 1)...].compactMap { $0.first.flatMap { YearLabel($0.text)?.fiscalYear } })
    }

    /// `table` with a divider set just under it and the year rows of loose cells under the
    /// divider appended; `table` itself when no divider spans it or no year row follows.
    static func attach(to table: Table, from blocks: [Block]) -> Table {
        let em = table.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        let inside = { (box: Rect) in box.x0 >= table.box.x0 - em && box.x1 <= table.box.x1 + em }
        guard !table.columns.isEmpty,
            let divider = blocks.first(where: { block in
                block.table == nil && block.lines.count == 1 && inside(block.box) && isDivider(block.lines[0].text)
                    && block.box.y0 >= table.box.y1 - 0.5 * em && block.box.y0 - table.box.y1 <= 2.5 * em
            })
        else { return table }
        let loose = blocks.filter { $0.table == nil && $0.box != divider.box }.flatMap(\.lines)
            .filter { inside($0.box) && $0.box.y0 >= divider.box.y1 - 0.2 * em }
            .sorted { $0.box.y0 < $1.box.y0 }
        var rows: [[Table.Cell]] = []
        var bottom = divider.box.y1
        var rest = loose[...]
        while let top = rest.first, top.box.y0 - bottom <= 2.5 * em {
            let band = rest.prefix { $0.box.midY <= top.box.y1 }
            rest = rest.dropFirst(band.count)
            guard let row = row(Array(band), columns: table.columns, em: em) else { break }
            rows.append(row)
            bottom = band.map(\.box.y1).max() ?? bottom
        }
        guard !rows.isEmpty else { return table }
        var dividerRow = [Table.Cell](repeating: Table.Cell(text: "", box: nil), count: table.columns.count)
        dividerRow[0] = Table.Cell(text: divider.lines[0].text, box: divider.box, columnSpan: table.columns.count)
        return Table(
            box: rows.flatMap { $0.compactMap(\.box) }.reduce(table.box.union(divider.box)) { $0.union($1) },
            columns: table.columns, rows: table.rows + [dividerRow] + rows, headerRowCount: table.headerRowCount)
    }

    /// A row of `columns` from one band of lines: each line in the column nearest its middle,
    /// the first column a year label and two figures beside it; nil for anything else.
    private static func row(_ lines: [TextLine], columns: [ClosedRange<Double>], em: Double) -> [Table.Cell]? {
        var cells = [Table.Cell](repeating: Table.Cell(text: "", box: nil), count: columns.count)
        for line in lines {
            let distances = columns.map { max(0, $0.lowerBound - line.box.midX, line.box.midX - $0.upperBound) }
            guard let nearest = distances.indices.min(by: { distances[$0] < distances[$1] }), distances[nearest] <= 2 * em,
                cells[nearest].text.isEmpty
            else { return nil }
            cells[nearest] = Table.Cell(text: line.text, box: line.box)
        }
        guard YearLabel(cells[0].text) != nil,
            cells.dropFirst().filter({ TableDetector.isNumeric($0.text) }).count >= 2
        else { return nil }
        return cells
    }
}
