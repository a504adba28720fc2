/// Puts back together a section's table that a page break parted: its header row stranded
/// at the foot of one page over a body at the top of the next, or its last rows carried over
/// to the top of the next page, as one row of loose cells or as a headerless table.
///
/// Each page is laid out alone, so the layout cannot join them; the section, read across
/// pages, can. A piece joins a table when its cells fall one to a column of it, the columns
/// matching across the break as the pages share their frame. The rows stay on the page they
/// are printed on (their provenance says so): the piece on the later page becomes a table of
/// its own under the earlier table's header rows, which the parsers read as a table
/// continued under its header repeated. A cell spanning rows down the first column that the
/// break cut (`技術` over `機械`, `電気` on one page, `化学`, `土木` on the next) leaves the
/// carried rows blank there: they take its text.
enum PageBreakRows {
    static func joined(_ part: SectionSegmenter.Part) -> SectionSegmenter.Part {
        let pages = Array(Set(part.blocks.map(\.page))).sorted()
        guard pages.count >= 2 else { return part }
        var part = part
        for (page, next) in zip(pages, pages.dropFirst()) where next == page + 1 {
            // (From the page's last block in the part, when it is a table: one under which a note
            // stands has ended.)
            if let last = part.blocks.indices.filter({ part.blocks[$0].page == page }).max(by: { part.blocks[$0].block.box.y1 < part.blocks[$1].block.box.y1 }) {
                carryOver(from: last, onto: next, in: &part)
            }
            strandedHeader(on: page, over: next, in: &part)
        }
        return part
    }

    /// The blocks of `page` on the topmost baseline of the part there: the block highest up
    /// and the one-line blocks level with it.
    private static func topRow(of page: Int, in part: SectionSegmenter.Part) -> [Int] {
        let onPage = part.blocks.indices.filter { part.blocks[$0].page == page }
        guard let top = onPage.min(by: { part.blocks[$0].block.box.y0 < part.blocks[$1].block.box.y0 }) else { return [] }
        return levelWith(top, among: onPage, in: part)
    }

    private static func levelWith(_ first: Int, among indices: [Int], in part: SectionSegmenter.Part) -> [Int] {
        let box = part.blocks[first].block.box
        return indices.filter { i in
            let other = part.blocks[i].block
            return i == first || other.table == nil && other.lines.count == 1
                && other.box.yOverlap(box) >= 0.5 * min(other.box.height, box.height)
        }
    }

    /// The column of `columns` a cell's box falls in: the one it overlaps most, else (not
    /// `overlapping`) the nearest within three of its heights (a header word centred in a
    /// ruled cell wider than the column's figures).
    static func column(of box: Rect, in columns: [ClosedRange<Double>], overlapping: Bool = false) -> Int? {
        let overlaps = columns.map { min($0.upperBound, box.x1) - max($0.lowerBound, box.x0) }
        guard let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }) else { return nil }
        return overlaps[best] > 0 || !overlapping && -overlaps[best] <= 3 * box.height ? best : nil
    }

    /// Rows of `earlier`'s table carried to the top of page `next`: loose cells on one
    /// baseline, or a headerless table whose columns fall into its columns.
    private static func carryOver(from earlier: Int, onto next: Int, in part: inout SectionSegmenter.Part) {
        guard let table = part.blocks[earlier].block.table, table.columns.count >= 2 else { return }
        let row = topRow(of: next, in: part)
        guard let first = row.first else { return }
        var cells: [[Table.Cell]]
        if row.count == 1, let carried = part.blocks[first].block.table {
            // A headerless table: every row's cells into the earlier table's columns.
            guard carried.headerRowCount == 0, carried.rows.first?.contains(where: { hasFigure($0.text) }) == true else { return }
            var grid: [[Table.Cell]] = []
            for cellsOfRow in carried.rows {
                var placed = [Table.Cell](repeating: Table.Cell(text: "", box: nil), count: table.columns.count)
                for cell in cellsOfRow where !cell.text.isEmpty {
                    guard let box = cell.box, let c = column(of: box, in: table.columns, overlapping: true), placed[c].text.isEmpty else { return }
                    placed[c] = cell
                }
                grid.append(placed)
            }
            cells = grid
        } else {
            guard row.count >= 2, row.allSatisfy({ part.blocks[$0].block.table == nil && part.blocks[$0].block.lines.count == 1 }) else { return }
            var placed = [Table.Cell](repeating: Table.Cell(text: "", box: nil), count: table.columns.count)
            for i in row {
                let line = part.blocks[i].block.lines[0]
                guard let c = column(of: line.box, in: table.columns, overlapping: true), placed[c].text.isEmpty else { return }
                placed[c] = Table.Cell(text: line.text, box: line.box)
            }
            cells = [placed]
        }
        guard cells.joined().contains(where: { hasFigure($0.text) }) else { return }
        // A first column of group labels cut by the break: its last label runs on.
        let body = table.rows.dropFirst(table.headerRowCount)
        if body.contains(where: { $0.first?.text.isEmpty == true }), let label = body.last(where: { $0.first?.text.isEmpty == false })?.first {
            // (Down to the first row with a label of its own, or with nothing beside.)
            for r in cells.indices {
                guard cells[r][0].text.isEmpty, cells[r].dropFirst().contains(where: { !$0.text.isEmpty }) else { break }
                cells[r][0] = Table.Cell(text: label.text, box: nil)
            }
        }
        rebuild(row, into: header(of: table, over: cells) + cells, columns: table.columns, headerRows: table.headerRowCount, page: next, in: &part)
    }

    /// A header row left at the foot of `page` over the headerless table opening `next`.
    private static func strandedHeader(on page: Int, over next: Int, in part: inout SectionSegmenter.Part) {
        let onPage = part.blocks.indices.filter { part.blocks[$0].page == page }
        guard let bottom = onPage.max(by: { part.blocks[$0].block.box.y1 < part.blocks[$1].block.box.y1 }),
            part.blocks[bottom].block.table == nil, part.blocks[bottom].block.lines.count == 1
        else { return }
        let header = levelWith(bottom, among: onPage, in: part)
        let row = topRow(of: next, in: part)
        guard header.count >= 2, header.allSatisfy({ !hasFigure(part.blocks[$0].block.lines[0].text) }), row.count == 1,
            let table = part.blocks[row[0]].block.table, table.headerRowCount == 0,
            table.rows.first?.contains(where: { hasFigure($0.text) }) == true, header.count >= table.columns.count - 1
        else { return }
        var placed = [Table.Cell](repeating: Table.Cell(text: "", box: nil), count: table.columns.count)
        for i in header {
            let line = part.blocks[i].block.lines[0]
            guard let c = column(of: line.box, in: table.columns), placed[c].text.isEmpty else { return }
            placed[c] = Table.Cell(text: line.text, box: nil)
        }
        let removed = Set(header)
        let index = row[0]
        part.blocks[index].block.table = Table(box: table.box, columns: table.columns, rows: [placed] + table.rows, headerRowCount: 1)
        part.blocks = part.blocks.indices.filter { !removed.contains($0) }.map { part.blocks[$0] }
    }

    /// `table`'s header rows set over `rows` on their page: each cell where its column stands,
    /// its rows stacked just above the first carried row, so no box reaches back to the
    /// earlier page's coordinates.
    private static func header(of table: Table, over rows: [[Table.Cell]]) -> [[Table.Cell]] {
        let top = rows.joined().compactMap(\.box).map(\.y0).min() ?? table.box.y0
        let count = table.headerRowCount
        return table.rows.prefix(count).enumerated().map { r, row in
            row.map { cell in
                var moved = cell
                moved.box = cell.box.map { box in
                    let y1 = top - Double(count - r - 1) * (box.height + 2) - 2
                    return Rect(x0: box.x0, y0: y1 - box.height, x1: box.x1, y1: y1)
                }
                return moved
            }
        }
    }

    /// The blocks `used` replaced, where the first stands, by one table of `rows` on `page`.
    private static func rebuild(_ used: [Int], into rows: [[Table.Cell]], columns: [ClosedRange<Double>], headerRows: Int, page: Int, in part: inout SectionSegmenter.Part) {
        let lines = used.flatMap { part.blocks[$0].block.lines }
        guard let box = Rect.enclosing(lines.map(\.box)), let first = used.min() else { return }
        let table = Table(box: box, columns: columns, rows: rows, headerRowCount: headerRows)
        let removed = Set(used)
        var blocks = part.blocks.indices.filter { !removed.contains($0) || $0 == first }.map { part.blocks[$0] }
        if let at = blocks.firstIndex(where: { $0.page == part.blocks[first].page && $0.block == part.blocks[first].block }) {
            blocks[at] = (page, Block(kind: .table, box: box, lines: lines, table: table))
        }
        part.blocks = blocks
    }

    static func hasFigure(_ text: String) -> Bool {
        Normalized.compact(text).unicodeScalars.contains { ("0"..."9").contains($0) }
    }
}
