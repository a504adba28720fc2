/// A header cell the region segmenter left out of its table (`Administrative 事務系` on the
/// header row's baseline, starting where its column starts, the cell under the header empty).
///
/// A bilingual header's labels run wider than their columns; one that reaches far into the
/// gap beside its column may be cut off with the text around the table, and the header row
/// is left with an empty cell over a column of counts, the track unnamed. A line standing on
/// the first row's baseline, starting within a third of an em of an empty first-row cell's
/// column and ending before the next column starts, is that cell.
enum StrayHeaderCells {
    /// `tables` with such lines put in their empty header cells, and the lines of `rest` left.
    static func absorbed(_ tables: [(table: Table, lines: [TextLine])], rest: [TextLine]) -> (tables: [(table: Table, lines: [TextLine])], rest: [TextLine]) {
        guard !tables.isEmpty, !rest.isEmpty else { return (tables, rest) }
        var tables = tables
        var used = Set<Int>()
        for t in tables.indices {
            let columns = tables[t].table.columns
            // A whole header row left out, one label over each column on one baseline just above the table.
            if let row = Self.rowAbove(tables[t].table, rest: rest, except: used) {
                used.formUnion(row)
                let cells = columns.map { column in
                    row.first { abs(rest[$0].box.x0 - column.lowerBound) <= 0.35 * rest[$0].box.height }.map { Table.Cell(text: rest[$0].text, box: rest[$0].box) }
                        ?? Table.Cell(text: "", box: nil)
                }
                tables[t].table.rows.insert(cells, at: 0)
                tables[t].table.headerRowCount += 1
                tables[t].lines += row.map { rest[$0] }
                tables[t].table.box = tables[t].table.box.union(Rect.enclosing(row.map { rest[$0].box })!)
                continue
            }
            guard var header = tables[t].table.rows.first, let top = header.compactMap(\.box).first else { continue }
            guard header.count == columns.count else { continue }
            for c in header.indices where header[c].text.isEmpty {
                let column = columns[c]
                let next = c + 1 < columns.count ? columns[c + 1].lowerBound : .infinity
                guard let i = rest.indices.first(where: { i in
                    let line = rest[i]
                    return !used.contains(i) && abs(line.box.midY - top.midY) <= 0.3 * top.height
                        && abs(line.box.x0 - column.lowerBound) <= 0.35 * line.box.height && line.box.x1 <= next
                }) else { continue }
                used.insert(i)
                header[c] = Table.Cell(text: rest[i].text, box: rest[i].box)
                tables[t].lines.append(rest[i])
            }
            tables[t].table.rows[0] = header
            tables[t].table.box = tables[t].table.box.union(Rect.enclosing(header.compactMap(\.box)) ?? tables[t].table.box)
        }
        return (tables, rest.indices.filter { !used.contains($0) }.map { rest[$0] })
    }

    /// The lines of `rest` making a header row over `table`: one starting at each column's
    /// start, all on one baseline, the row a line's height or less above the table's top; nil
    /// when the columns are not all labelled so, or the table already has a header.
    static func rowAbove(_ table: Table, rest: [TextLine], except used: Set<Int>) -> [Int]? {
        guard table.headerRowCount == 0, table.columns.count >= 2 else { return nil }
        let top = table.box.y0
        let candidates = rest.indices.filter { i in
            !used.contains(i) && rest[i].orientation == .horizontal && rest[i].box.y1 <= top + 0.5 && top - rest[i].box.y1 <= 1.2 * rest[i].box.height
        }
        var row: [Int] = []
        for (c, column) in table.columns.enumerated() {
            let next = c + 1 < table.columns.count ? table.columns[c + 1].lowerBound : .infinity
            guard let i = candidates.first(where: { abs(rest[$0].box.x0 - column.lowerBound) <= 0.35 * rest[$0].box.height && rest[$0].box.x1 <= next }) else { return nil }
            row.append(i)
        }
        guard let first = row.first, row.allSatisfy({ abs(rest[$0].box.midY - rest[first].box.midY) <= 0.3 * rest[first].box.height }) else { return nil }
        // Labels, not a row of the text (`昭和22年 | 地方自治法の施行…`): short, no figure; over a
        // table holding a column of counts, which a header names.
        guard row.allSatisfy({ CharacterBound.atMost(20, rest[$0].text) && !rest[$0].text.unicodeScalars.contains(where: TableDetector.isDigit) }),
            (1..<table.columns.count).contains(where: { c in table.rows.allSatisfy { c < $0.count && CardColumns.isCount($0[c].text) } })
        else { return nil }
        return row
    }
}
