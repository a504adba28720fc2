/// Reads an exam matrix with the counts in TRACK columns: `試験の程度 | 試験区分 | 事務系 | 技術系`,
/// one row per category (`工学 | － | 3`), the level cells (`大卒程度`/`試験`) spanning their
/// rows, the same category under both levels, and a `合計` row.
///
/// The layout may cut such a matrix into several tables, or join its left half to a table
/// beside it, so it is read from the section's lines by geometry rather than from a table's
/// rows: a count or dash under a track label is a cell; its category is the name to its left
/// level with it (both lines of a name wrapped in its cell); its level is the level label left
/// of the categories whose rows it spans — centred on them, a label heads as many rows below
/// its middle as above it (as `ExamGrid` reads a track label), or, set level with the first,
/// every row down to the next label. A level may instead be a group row across the matrix,
/// its categories indented under it (`一般職試験（大卒程度）` over `行政`, `化学`): it heads the
/// rows down to the next. A total row (`合計`) must equal its column's sum.
enum ExamTrackColumns {
    struct Line {
        var text: String
        var box: Rect
        /// The block it is from, by its order in the section.
        var block: Int
    }

    /// The entries of the section's `blocks` (those not in `used`), page by page, and the
    /// blocks they used up.
    static func entries(in blocks: [(page: Int, block: Block)], skipping used: Set<Int>) -> (entries: [ExamBreakdown.Entry], used: Set<Int>) {
        var pages: [Int: [Line]] = [:]
        for (index, (page, block)) in blocks.enumerated() where !used.contains(index) {
            pages[page, default: []] += block.lines.map { Line(text: Normalized.compact($0.text), box: $0.box, block: index) }
        }
        var result: (entries: [ExamBreakdown.Entry], used: Set<Int>) = ([], [])
        for page in pages.keys.sorted() {
            let found = entries(among: pages[page]!, page: page)
            result.entries += found.entries
            result.used.formUnion(found.used)
        }
        return result
    }

    static func entries(among lines: [Line], page: Int) -> (entries: [ExamBreakdown.Entry], used: Set<Int>) {
        let isCell = { (line: Line) in ExamGrid.count(in: line.text) != nil || ExamGrid.isNone(line.text) }
        // A category name, or a total's label (`合計`).
        // A track word in the column of the categories (`事務` under `行政・法律`, `経済`) is one
        // of them: the track labels head the columns of counts.
        let plain = lines.filter { ExamCellLines.isName($0.text) && !isCell($0) }
        let inCategoryColumn = { (line: Line) in
            Track(label: line.text) != .other && !ExamGrid.namesTrack(line.text) && ExamBreakdownParser.level(named: line.text) == nil
                && ExamBreakdownParser.looksLikeCategory(Substring(line.text)) && !line.text.contains(where: { $0.isASCII && $0.isNumber })
                && plain.contains { abs($0.box.x0 - line.box.x0) <= 1 && $0.box.y0 < line.box.y0 }
        }
        let isName = { (line: Line) in (ExamCellLines.isName(line.text) || ColumnRole(label: line.text) == .total || inCategoryColumn(line)) && !isCell(line) }
        var cells: [Cell] = []
        for count in lines where isCell(count) {
            // The track label over the count's column, the nearest above it.
            guard let header = lines.filter({ !isCell($0) && $0.box.y1 <= count.box.y0 + 1 && $0.box.x0 <= count.box.midX && count.box.midX <= $0.box.x1 })
                .max(by: { $0.box.y1 < $1.box.y1 }),
                header.text.count <= 8, Track(label: header.text) != .other, ExamGrid.level(of: header.text) == nil,
                let name = lines.filter({ isName($0) && $0.box.x1 <= count.box.x0 && $0.box.yOverlap(count.box) > 0 })
                .max(by: { $0.box.x1 < $1.box.x1 })
            else { continue }
            // Every line of the name's cell level with the count (`数理科学・物理・`/`地球科学`).
            let category = lines.filter { abs($0.box.x0 - name.box.x0) <= 1 && $0.box.yOverlap(count.box) > 0 && isName($0) }
            cells.append((count, header, category.sorted { $0.box.y0 < $1.box.y0 }))
        }
        let isTotal = { (cell: Cell) in ColumnRole(label: cell.category.map(\.text).joined()) == .total }
        // A matrix per column of categories (a table beside it, its rows of names and counts
        // under track labels too, has its own), with the totals under its track labels.
        var result: (entries: [ExamBreakdown.Entry], used: Set<Int>) = ([], [])
        var body = cells.filter { !isTotal($0) }
        while let left = body.first?.category[0].box.x0 {
            let matrix = body.filter { abs($0.category[0].box.x0 - left) <= 1 }
            body.removeAll { abs($0.category[0].box.x0 - left) <= 1 }
            let headers = matrix.map(\.header.box)
            let found = read(matrix, totals: cells.filter { isTotal($0) && headers.contains($0.header.box) }, among: lines, page: page)
            result.entries += found.entries
            result.used.formUnion(found.used)
        }
        return result
    }

    typealias Cell = (count: Line, header: Line, category: [Line])

    /// The entries of one matrix: its `body` cells and its `totals`, the level labels left of
    /// its categories among `lines`.
    private static func read(_ body: [Cell], totals: [Cell], among lines: [Line], page: Int) -> (entries: [ExamBreakdown.Entry], used: Set<Int>) {
        let isCell = { (line: Line) in ExamGrid.count(in: line.text) != nil || ExamGrid.isNone(line.text) }
        guard let left = body.map({ $0.category[0].box.x0 }).min() else { return ([], []) }
        // The rows, top to bottom, and the level labels left of them (a label's lines joined).
        let rows = Array(Set(body.map { $0.category[0].box.y0 })).sorted()
        let rowBox = { (y: Double) in Rect.enclosing(body.filter { $0.category[0].box.y0 == y }.flatMap { $0.category.map(\.box) + [$0.count.box] })! }
        // Or a group row over its categories: a level label starting left of them (they are
        // indented under it), under the track labels, with no count on its height.
        let top = body.map(\.header.box.y1).min() ?? 0
        let isGroupRow = { (label: Line) in
            label.box.x0 < left - 1 && label.box.y0 >= top - 1 && !lines.contains { isCell($0) && $0.box.yOverlap(label.box) > 0 }
        }
        let labels = lines.filter { ($0.box.x1 <= left + 1 || isGroupRow($0)) && ExamGrid.level(of: $0.text) != nil }.map { label -> (level: ExamBreakdown.Level, box: Rect, lines: [Line]) in
            let below = lines.filter { abs($0.box.x0 - label.box.x0) <= 1 && $0.box.y0 >= label.box.y1 - 1 && $0.box.y0 - label.box.y1 <= 0.6 * label.box.height
                && ExamGrid.level(of: $0.text) == nil && !isCell($0) && ExamGrid.level(of: label.text + $0.text) != nil }
            return (ExamGrid.level(of: label.text)!, Rect.enclosing([label.box] + below.map(\.box))!, [label] + below)
        }.sorted { $0.box.y0 < $1.box.y0 }
        guard !labels.isEmpty else { return ([], []) }
        let levelOfRow = levels(ofRows: rows.map(rowBox), labels: labels.map(\.box))
        var entries: [ExamBreakdown.Entry] = []
        var used: [Line] = []
        for cell in body.sorted(by: { ($0.category[0].box.y0, $0.count.box.x0) < ($1.category[0].box.y0, $1.count.box.x0) }) {
            guard let row = rows.firstIndex(of: cell.category[0].box.y0), let label = levelOfRow[row] else { continue }
            used += cell.category + [cell.count, cell.header] + labels[label].lines
            guard let n = ExamGrid.count(in: cell.count.text) else { continue }
            let category = cell.category.map(\.text).joined()
            entries.append(ExamBreakdown.Entry(
                track: Track(label: cell.header.text), level: labels[label].level, category: category, count: n,
                provenance: Provenance(page: page, box: Rect.enclosing(cell.category.map(\.box))!.union(cell.count.box), text: category + "\t" + cell.count.text)))
        }
        // A total row gives each track's sum.
        for total in totals {
            guard let n = ExamGrid.count(in: total.count.text) else { continue }
            let track = Track(label: total.header.text)
            guard n == entries.filter({ $0.track == track }).map(\.count).reduce(0, +) else { return ([], []) }
            used += [total.count] + total.category
        }
        return entries.isEmpty ? ([], []) : (entries, Set(used.map(\.block)))
    }

    /// The index of the label heading each row: the last at or above a row when the first
    /// label is set level with the first row; otherwise each label centred on its rows, as many
    /// below its middle as above it, the last to the end.
    static func levels(ofRows rows: [Rect], labels: [Rect]) -> [Int?] {
        guard let first = rows.first, let firstLabel = labels.first else { return rows.map { _ in nil } }
        if firstLabel.y0 <= first.y0 + 0.5 * first.height {
            return rows.map { row in labels.lastIndex { $0.y0 <= row.midY } }
        }
        var result = [Int?](repeating: nil, count: rows.count)
        var start = first.y0
        for (i, label) in labels.enumerated() {
            let end = i == labels.count - 1 ? Double.infinity : min(max(2 * label.midY - start, label.midY), labels[i + 1].y0)
            for (r, row) in rows.enumerated() where result[r] == nil && row.midY >= start && row.midY <= end { result[r] = i }
            guard let next = rows.first(where: { $0.midY > end }) else { break }
            start = next.y0
        }
        return result
    }
}
