/// A table the layout found no grid in (no rules, band rows breaking the columns), left as
/// one-line blocks: the track labels on one baseline (`事務系` `技術系`), the unit names down
/// the left, each count a block of its own under its label.
///
/// With no table and no sentence the section read nothing. The blocks are put back into rows
/// by baseline and into columns by the labels: a count belongs to the label it sits under, a
/// name to the left of every label is the row's unit. Two labels must name tracks and two
/// rows must count someone, so a page of loose text never passes for a grid. Rows end at the
/// first baseline with nothing in the grid's columns or a gap wider than two rows; names at
/// the foot counting no one have no rows left under them (a band whose units the layout put
/// elsewhere) and are dropped.
enum LooseGrid {
    /// The grid of the first page of `blocks` holding one, its header the first row.
    static func table(in blocks: [(page: Int, block: Block)]) -> (page: Int, table: Table)? {
        for page in Set(blocks.map(\.page)).sorted() {
            let lines = blocks.filter { $0.page == page && $0.block.table == nil && $0.block.lines.count == 1 }.map { $0.block.lines[0] }
            if let table = table(of: lines) { return (page, table) }
        }
        return nil
    }

    static func table(of lines: [TextLine]) -> Table? {
        let tracks = lines.filter { isTrack($0.text) }
        for label in tracks {
            let labels = tracks.filter { $0.box.yOverlap(label.box) >= 0.5 * min($0.box.height, label.box.height) }.sorted { $0.box.x0 < $1.box.x0 }
            guard labels.count >= 2, let grid = grid(under: labels, from: lines) else { continue }
            return grid
        }
        return nil
    }

    private static func grid(under labels: [TextLine], from lines: [TextLine]) -> Table? {
        let em = labels.map(\.box.height).min() ?? 10
        let left = labels[0].box.x0 - em
        let ranges = labels.map { ($0.box.x0 - em)...($0.box.x1 + em) }
        func column(_ line: TextLine) -> Int? { ranges.firstIndex { $0.contains(line.box.midX) } }
        let header = labels[0].box
        // The unit column's label: a line on the header's baseline left of the tracks (`部署`).
        let unitLabel = lines.first { $0.box.yOverlap(header) > 0 && $0.box.x1 <= left && !isTrack($0.text) }
        var below = lines.filter { $0.box.y0 >= header.y1 - 1 && ($0.box.x1 <= left || column($0) != nil) }.sorted { $0.box.y0 < $1.box.y0 }
        var rows: [[Table.Cell]] = []
        var lastBottom = header.y1
        rowsLoop: while let first = below.first, first.box.y0 - lastBottom <= 2.5 * em {
            let row = below.filter { $0.box.yOverlap(first.box) >= 0.5 * min($0.box.height, first.box.height) }
            below.removeAll { line in row.contains { $0.box == line.box && $0.text == line.text } }
            var cells = [Table.Cell(text: "", box: nil)] + labels.map { _ in Table.Cell(text: "", box: nil) }
            for line in row.sorted(by: { $0.box.x0 < $1.box.x0 }) {
                if line.box.x1 <= left {
                    cells[0].text += line.text
                    cells[0].box = cells[0].box.map { $0.union(line.box) } ?? line.box
                } else if let c = column(line) {
                    // Text under a label that counts no one (a note): the grid ended above it.
                    guard isCount(line.text) else { break rowsLoop }
                    cells[c + 1] = Table.Cell(text: line.text, box: line.box)
                }
            }
            rows.append(cells)
            lastBottom = row.map(\.box.y1).max() ?? lastBottom
        }
        // Names at the foot counting no one.
        while let last = rows.last, last.dropFirst().allSatisfy({ Normalized.compact($0.text).isEmpty }) { rows.removeLast() }
        let counted = rows.filter { $0.dropFirst().contains { (try? Headcount.parse($0.text))??.count != nil } }
        guard counted.count >= 2 else { return nil }
        let headerRow = [Table.Cell(text: unitLabel?.text ?? "", box: unitLabel?.box)] + labels.map { Table.Cell(text: $0.text, box: $0.box) }
        let unitRange = min(rows.compactMap { $0[0].box?.x0 }.min() ?? left, left)...left
        let boxes = (headerRow + rows.flatMap { $0 }).compactMap(\.box)
        guard let box = Rect.enclosing(boxes) else { return nil }
        return Table(box: box, columns: [unitRange] + ranges, rows: [headerRow] + rows, headerRowCount: 1)
    }

    /// A count or a mark for none (`－`).
    private static func isCount(_ text: String) -> Bool {
        do {
            _ = try Headcount.parse(text)
            return true
        } catch {
            return false
        }
    }

    private static func isTrack(_ text: String) -> Bool {
        let role = ColumnRole(label: text)
        return role == .administrative || role == .technical
    }
}
