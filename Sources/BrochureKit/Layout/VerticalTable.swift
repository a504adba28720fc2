/// A table set in vertical writing (縦組み), read as the table it is: columns right to left.
///
/// Its column heads are vertical lines side by side at one height (`令和三年度 … 令和八年度`),
/// its row labels vertical words in the right-most column (`事務系`, `技術系`, `計`), and its
/// cells short vertical runs, often pieced from upright digits and turned brackets (`112`
/// over `（`, `55`, `）`), which no horizontal line or table would hold. The table is handed
/// on with its columns in reading order — the labels' column first — so it reads like a
/// table set across whose columns are that order.
enum VerticalTable {
    struct Found {
        var tables: [(table: Table, lines: [TextLine])] = []
        /// Indices into the lines given of those the tables hold.
        var used: Set<Int> = []
    }

    static func find(in lines: [TextLine]) -> Found {
        var found = Found()
        let verticals = lines.indices.filter { lines[$0].orientation == .vertical }
        guard verticals.count >= 6 else { return found }
        for row in headRows(verticals, lines) where row.allSatisfy({ !found.used.contains($0) }) {
            if let (table, used) = table(heads: row, lines: lines, taken: found.used) {
                found.tables.append((table, used.sorted().map { lines[$0] }))
                found.used.formUnion(used)
            }
        }
        return found
    }

    /// Runs of vertical lines standing side by side at one height, a few ems apart at most:
    /// the heads of a vertical table's columns, or lines of vertical prose.
    private static func headRows(_ verticals: [Int], _ lines: [TextLine]) -> [[Int]] {
        let sorted = verticals.sorted { lines[$0].box.x0 < lines[$1].box.x0 }
        var rows: [[Int]] = []
        for v in sorted {
            let box = lines[v].box
            let em = max(lines[v].fontSize, 1)
            if let r = rows.firstIndex(where: { row in
                let last = lines[row.last!].box
                return box.x0 - last.x1 <= 4 * em && box.x0 >= last.x0
                    && box.yOverlap(last) >= 0.5 * min(box.height, last.height)
                    && row.contains { abs(lines[$0].box.y0 - box.y0) <= 2 * em }
            }) {
                rows[r].append(v)
            } else {
                rows.append([v])
            }
        }
        return rows.filter { $0.count >= 4 }
    }

    /// The table under a row of heads: its right-most column holds the row labels under the
    /// heads, every other column the cells beside them. Nil unless it has two rows or more,
    /// three columns of cells or more, and mostly figures in them.
    private static func table(heads: [Int], lines: [TextLine], taken: Set<Int>) -> (Table, Set<Int>)? {
        let em = Median.of(heads.map { lines[$0].fontSize }, or: 10)
        // Heads closer than half an em are one column's lines (`令和八年度` beside `（予定）`).
        var columns: [[Int]] = []
        for h in heads.sorted(by: { lines[$0].box.x0 < lines[$1].box.x0 }) {
            if let last = columns.last, lines[h].box.x0 - columns.last!.map({ lines[$0].box.x1 }).max()! <= 0.6 * em {
                columns[columns.count - 1] = last + [h]
            } else {
                columns.append([h])
            }
        }
        guard columns.count >= 4 else { return nil }
        let spans = columns.map { column in
            (column.map { lines[$0].box.x0 }.min()! - 0.6 * em)...(column.map { lines[$0].box.x1 }.max()! + 0.6 * em)
        }
        let headBottom = heads.map { lines[$0].box.y1 }.max()!
        func column(of line: TextLine) -> Int? { spans.firstIndex { $0.contains(line.box.midX) } }
        // Row labels: words under the right-most head, in its column, down to a gap of four ems.
        var labels: [Int] = []
        for i in lines.indices.sorted(by: { lines[$0].box.y0 < lines[$1].box.y0 })
        where !taken.contains(i) && !heads.contains(i) && lines[i].box.y0 >= headBottom - 0.5 && column(of: lines[i]) == spans.count - 1 {
            let top = labels.last.map { lines[$0].box.y1 } ?? headBottom
            guard lines[i].box.y0 - top <= 4 * em else { break }
            guard !lines[i].text.unicodeScalars.contains(where: TableDetector.isDigit) else { return nil }
            labels.append(i)
        }
        var rowLabels = labels.map { Label(text: lines[$0].text, box: lines[$0].box) }
        // One vertical word beside several rows of cells is their labels set close (`事務` over `技術`).
        if labels.count == 1, let label = labels.first {
            let beside = lines.indices.filter { i in
                i != label && !taken.contains(i) && !heads.contains(i) && lines[i].box.y0 >= headBottom - 0.5
                    && lines[i].box.y0 <= lines[label].box.y1 && column(of: lines[i]).map { $0 < spans.count - 1 } == true
            }
            rowLabels = split(lines[label], beside: beside.map { lines[$0].box }, em: em) ?? rowLabels
        }
        guard rowLabels.count >= 2, labels.contains(where: { lines[$0].orientation == .vertical }) else { return nil }
        let centres = rowLabels.map(\.box.midY)
        let pitch = zip(centres.dropFirst(), centres).map { $0 - $1 }.min()!
        let bottom = centres.last! + pitch / 2
        var cells = [[[Int]]](repeating: [[Int]](repeating: [], count: spans.count - 1), count: rowLabels.count)
        var used = Set(heads + labels)
        for i in lines.indices where !taken.contains(i) && !used.contains(i) && lines[i].box.y0 >= headBottom - 0.5 && lines[i].box.midY <= bottom {
            guard let c = column(of: lines[i]), c < spans.count - 1 else { continue }
            guard let r = centres.indices.min(by: { abs(centres[$0] - lines[i].box.midY) < abs(centres[$1] - lines[i].box.midY) }),
                abs(centres[r] - lines[i].box.midY) <= pitch / 2
            else { continue }
            cells[r][c].append(i)
            used.insert(i)
        }
        let filled = cells.flatMap { $0 }.filter { !$0.isEmpty }
        let figures = filled.filter { cell in cell.contains { lines[$0].text.unicodeScalars.contains(where: TableDetector.isDigit) } }
        // Every column holds a figure, though a sparse table leaves cells empty (`空欄は配属なし`).
        let everyColumn = (0..<(spans.count - 1)).allSatisfy { c in cells.contains { !$0[c].isEmpty } }
        guard filled.count >= 2 * (spans.count - 1) || everyColumn, figures.count * 5 >= filled.count * 4 else { return nil }
        // A column reads right to left across its lines, each top to bottom.
        func cell(_ members: [Int]) -> Table.Cell {
            let ordered = members.sorted { a, b in
                let A = lines[a].box, B = lines[b].box
                return A.xOverlap(B) > 0 ? A.y0 < B.y0 : A.x0 > B.x0
            }
            return Table.Cell(text: ordered.map { lines[$0].text }.joined(), box: Rect.enclosing(members.map { lines[$0].box }))
        }
        let order = Array(spans.indices.reversed())
        let header = order.map { cell(columns[$0]) }
        let body = rowLabels.indices.map { r in
            order.map { $0 == spans.count - 1 ? Table.Cell(text: rowLabels[r].text, box: rowLabels[r].box) : cell(cells[r][$0]) }
        }
        let box = Rect.enclosing(used.map { lines[$0].box })!
        return (Table(box: box, columns: order.map { spans[$0] }, rows: [header] + body, headerRowCount: 1), used)
    }
}
