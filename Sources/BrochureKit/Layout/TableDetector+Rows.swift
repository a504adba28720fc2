/// The tests and merges the detector applies to the rows it has built: a heading above the
/// first row, unit captions, header cells over several cells, label tables, a cell's wrapped
/// line and cells split across two rows.
extension TableDetector {
    /// Whether the first band of a run is a section's heading beside the table's unit caption
    /// (`採用実績` at 14 pt at the left, `上級試験による採用者数（人）` at the right), not its first row.
    ///
    /// The heading is set a third larger than every line of the rows under it and holds no
    /// figure; the caption beside it ends in the unit the table counts in (`（人）`,
    /// `（単位：名）`); the rows hold figures. Caught as a row, the heading made the table read
    /// as a column's kicker beside another column, and the table was cut in two at one of its
    /// own gaps. (A heading beside another column's heading, `CONTACT`, is no table's caption.)
    static func headsFromAbove(_ band: RowBand, over rows: ArraySlice<RowBand>) -> Bool {
        guard band.lines.count == 2, let below = rows.lazy.flatMap(\.lines).map(\.fontSize).max(), below > 0 else { return false }
        let heading = band.lines.max { $0.fontSize < $1.fontSize }!
        guard let caption = band.lines.first(where: { $0 != heading }), heading.fontSize >= 1.3 * below, caption.fontSize <= below,
            !heading.text.unicodeScalars.contains(where: isDigit), Self.namesUnit(caption.text)
        else { return false }
        return rows.filter { $0.lines.contains { isNumeric($0.text) } }.count >= 2
    }

    /// Whether a caption ends in the unit of a table's figures: `（人）`, `（名）`, `（単位：人）`.
    static func namesUnit(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard let close = trimmed.last, ")）".contains(close), let open = trimmed.lastIndex(where: { "(（".contains($0) }) else { return false }
        let unit = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        return ["人", "名", "人数"].contains(String(unit)) || unit.hasPrefix("単位")
    }

    /// Whether a header cell stands over two cells or more of one of the header rows under it.
    ///
    /// A short group label centred over a pair of sub-headers (`事務系` over `採用数 | うち女性`)
    /// may reach neither of them, or only the edge of one: its centre in the gap between two
    /// neighbouring cells under it is what says it heads both. Widening the left one's column
    /// to it would pull the right sub-header into that column (`採用数うち女性`).
    static func spansCells(below cell: ClosedRange<Double>, in rows: [[ClosedRange<Double>]]) -> Bool {
        let centre = (cell.lowerBound + cell.upperBound) / 2
        return rows.contains { row in
            if row.filter({ HeaderOnlyColumns.overlaps($0, cell) }).count >= 2 { return true }
            let sorted = row.sorted { $0.lowerBound < $1.lowerBound }
            return zip(sorted, sorted.dropFirst()).contains { left, right in left.upperBound <= centre && centre <= right.lowerBound }
        }
    }

    /// A two-column table of names and what they are (`制度 | 内容`), or three columns under a
    /// header row naming each (`制度 | 期間 | 内容`): at least three rows whose first cell is a
    /// short one-line name and whose other cells are filled.
    ///
    /// Two columns of running text fail it: they are about as wide as each other, and their
    /// left lines are long and wrap; a side heading beside its section is one row, not three.
    static func isLabelTable(_ rows: [[Table.Cell]], columns: [ClosedRange<Double>], headerRows: Int) -> Bool {
        guard (2...3).contains(columns.count), rows.allSatisfy({ $0.count == columns.count }) else { return false }
        // Names are narrower than what they name; two columns of text are about as wide.
        let widths = columns.map { $0.upperBound - $0.lowerBound }
        guard widths[0] <= 0.6 * widths[columns.count - 1] else { return false }
        // A third column (`制度 | 期間 | 内容`) only under a header row naming each column.
        if columns.count == 3 {
            guard headerRows == 1, rows[0].allSatisfy({ !$0.text.isEmpty && $0.text.count <= 6 }) else { return false }
        }
        let body = rows.dropFirst(headerRows).filter { row in row.contains { !$0.text.isEmpty } }
        guard body.count >= 3 else { return false }
        let labelled = body.filter { row in
            !row[0].text.isEmpty && row[0].text.count <= 12 && row[0].lines.count <= 1 && !row[0].text.contains("。")
                && row.dropFirst().allSatisfy { !$0.text.isEmpty }
        }
        return labelled.count * 10 >= body.count * 9
    }

    /// Whether a row is the second text line of the row above: it sits tight under it and
    /// one of the two fills only some of the columns (`技術系` over `（うち情報通信行政）`).
    static func continues(_ row: [Table.Cell], _ above: [Table.Cell], gap: Double, em: Double) -> Bool {
        guard gap <= 0.45 * em else { return false }
        let filled = row.filter { !$0.text.isEmpty }.count
        let filledAbove = above.filter { !$0.text.isEmpty }.count
        guard filled != filledAbove || filled == 1 else { return false }
        for (cell, top) in zip(row, above) where !cell.text.isEmpty && !top.text.isEmpty {
            guard let a = top.box, let b = cell.box, b.y0 - a.y1 <= 0.45 * em else { return false }
        }
        return true
    }

    static func merge(_ above: [Table.Cell], _ row: [Table.Cell]) -> [Table.Cell] {
        zip(above, row).map { top, bottom in
            guard !bottom.text.isEmpty else { return top }
            guard !top.text.isEmpty else { return bottom }
            let lines = (top.lines.isEmpty ? [top.text] : top.lines) + (bottom.lines.isEmpty ? [bottom.text] : bottom.lines)
            let box = top.box.flatMap { a in bottom.box.map { a.union($0) } } ?? top.box
            return Table.Cell(text: join(lines), box: box, columnSpan: max(top.columnSpan, bottom.columnSpan), lines: lines)
        }
    }

    /// A cell of two lines centred over two rows (`技術系` / `（うち情報通信行政）` beside
    /// `大卒程度試験` and `院卒程度試験`) lands a line in each row; its lines sit tight one over
    /// the other while the rows beside them are padded apart. The whole cell goes to the
    /// first row of its span, as a reader takes it.
    static func joinSplitSpanningCells(_ rows: inout [[Table.Cell]], em: Double) {
        guard rows.count >= 2 else { return }
        for r in 0..<(rows.count - 1) {
            for c in rows[r].indices {
                guard let top = rows[r][c].box, let bottom = rows[r + 1][c].box,
                    bottom.y0 - top.y1 <= 0.45 * em, bottom.xOverlap(top) > 0
                else { continue }
                let rowsApart = rows[r + 1].indices.contains { other in
                    guard other != c, let below = rows[r + 1][other].box else { return false }
                    let aboveBottom = rows[r].compactMap(\.box).map(\.y1).max() ?? top.y1
                    return below.y0 - aboveBottom > 0.45 * em || rows[r][other].text.isEmpty
                }
                guard rowsApart else { continue }
                rows[r][c] = merge([rows[r][c]], [rows[r + 1][c]])[0]
                rows[r + 1][c] = Table.Cell(text: "", box: nil)
            }
        }
    }
}
