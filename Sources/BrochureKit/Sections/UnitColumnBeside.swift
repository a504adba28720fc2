/// A table of counts whose unit names the layout left outside it, as a column of lines to its
/// left (`セキュリティセンター` … beside `事務系 | 技術系` over `2 | 6` …).
///
/// Names set flush left and counts centred under their labels leave a wide gap between the two;
/// the grid then holds the counts alone, its first column a track's, and each unit was named by
/// its first count. The names are taken back as the table's first column: one line beside each
/// row of counts, level with it, none naming a track or a count, so that a caption or a note
/// beside a grid of figures never passes for one. A label level with the header row (`配属先`)
/// heads the column.
enum UnitColumnBeside {
    /// `table` with the unit names among `blocks` (its page's other blocks) as its first column;
    /// nil when its header row holds a label of its own or no such lines stand beside it.
    static func attach(to table: Table, from blocks: [Block]) -> Table? {
        guard let header = table.rows.first, table.rows.count >= 3, case let roles = header.map({ ColumnRole(label: $0.text) }),
            roles.allSatisfy({ [.administrative, .technical, .total].contains($0) }),
            roles.contains(.administrative) || roles.contains(.technical)
        else { return nil }
        let em = table.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        // Lines left of the grid, not too far from it (a name column's width at most), and the
        // shorter names flush left with them, however far their ends fall short.
        let left = blocks.filter { $0.table == nil }.flatMap(\.lines).filter { $0.box.x1 <= table.box.x0 + 0.5 }
        let near = left.filter { table.box.x0 - $0.box.x1 <= 12 * em }
        let lines = left.filter { line in near.contains { abs($0.box.x0 - line.box.x0) <= em / 2 } }
        func level(with cells: [Table.Cell]) -> TextLine? {
            guard let row = Rect.enclosing(cells.compactMap(\.box)) else { return nil }
            let beside = lines.filter { $0.box.yOverlap(row) >= 0.5 * min($0.box.height, row.height) }
            return beside.count == 1 ? beside[0] : nil
        }
        var names: [TextLine] = []
        for cells in table.rows.dropFirst() {
            guard let line = level(with: cells), isName(line.text), !names.contains(line) else { return nil }
            names.append(line)
        }
        let label = level(with: header)
        let column = Rect.enclosing(names.map(\.box) + (label.map { [$0.box] } ?? []))!
        func cell(_ line: TextLine?) -> Table.Cell {
            Table.Cell(text: line?.text ?? "", box: line?.box)
        }
        return Table(
            box: table.box.union(column), columns: [column.x0...column.x1] + table.columns,
            rows: [[cell(label)] + header] + zip(names, table.rows.dropFirst()).map { [cell($0)] + $1 },
            headerRowCount: table.headerRowCount)
    }

    /// Whether a line may name a unit: words, not a count (`2`, `3名`), a dash or a track's label.
    static func isName(_ raw: String) -> Bool {
        let text = Normalized.compact(raw)
        return text.count >= 2 && !text.contains(where: { $0.isASCII && $0.isNumber })
            && Track(label: text) == .other && ColumnRole(label: text) != .total
    }
}
