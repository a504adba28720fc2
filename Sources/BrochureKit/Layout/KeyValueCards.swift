/// Splits a row of field-and-value cards side by side into one table per card.
///
/// Cards that each describe one thing by the same fields (exam cards: a category's title bar
/// over `区分 | 事務職`, `試験 | 職員採用試験（大卒程度）`, `採用予定人数 | 9名`) stand on shared
/// baselines, so the table detector takes the row of them for one grid, and read row by row
/// it runs `区分 事務職 区分 技術職 区分 技術職` across the cards. A card repeats the others'
/// field column: in every row under the titles, the first column of each group holds the
/// same words. A table split into halves side by side repeats only its header (its row labels
/// differ, `令和3年度` beside `令和6年度`), and one repeating its row labels by year holds only
/// counts; a card holds at least one field in words. Each card becomes a table of its own,
/// its title row over its fields, read one after the other.
enum KeyValueCards {
    /// Each card's table and lines, left to right; nil when the grid is no row of such cards.
    static func split(_ table: Table, lines: [TextLine]) -> [(table: Table, lines: [TextLine])]? {
        let columns = table.columns
        guard columns.count >= 4, !lines.isEmpty else { return nil }
        let placed = table.rows.map(Self.placed)
        for width in 2...(columns.count / 2) where columns.count % width == 0 {
            let cards = columns.count / width
            guard let fieldRow = firstFieldRow(placed, width: width, cards: cards) else { continue }
            var split: [(table: Table, lines: [TextLine])] = []
            for card in 0..<cards {
                let first = card * width, last = first + width - 1
                let left = card == 0 ? -Double.infinity : (columns[first - 1].upperBound + columns[first].lowerBound) / 2
                let right = card == cards - 1 ? Double.infinity : (columns[last].upperBound + columns[last + 1].lowerBound) / 2
                let own = lines.filter { $0.box.x0 >= left && $0.box.x1 <= right }
                guard !own.isEmpty, let box = Rect.enclosing(own.map(\.box)) else { return nil }
                let rows = placed.map { row in row.filter { (first...last).contains($0.start) }.map(\.cell) }
                split.append((Table(box: box, columns: Array(columns[first...last]), rows: rows, headerRowCount: min(table.headerRowCount, fieldRow)), own))
            }
            // Every line inside one card, none across two.
            guard split.map(\.lines.count).reduce(0, +) == lines.count else { return nil }
            return split
        }
        return nil
    }

    /// The index of the first row of fields when every row from it on repeats one field word
    /// at the head of each of `cards` groups of `width` columns, at most two title rows stand
    /// above it, and some field's value is words. (A cell across two cards has its line across
    /// them too, which `split` refuses.)
    private static func firstFieldRow(_ rows: [[(start: Int, cell: Table.Cell)]], width: Int, cards: Int) -> Int? {
        func field(_ row: [(start: Int, cell: Table.Cell)]) -> Bool {
            let keys = (0..<cards).map { card in row.first { $0.start == card * width }?.cell.text ?? "" }
            return !keys[0].isEmpty && Set(keys).count == 1 && !keys[0].unicodeScalars.contains(where: TableDetector.isDigit)
        }
        // (Only the first three rows are asked for the first field row: a dense table's rows are
        // many, and none of them a card's.)
        guard let start = rows.prefix(3).firstIndex(where: field), rows.count - start >= 2, rows[start...].allSatisfy(field) else { return nil }
        let values = rows[start...].flatMap { $0.filter { $0.start % width != 0 }.map(\.cell.text) }.filter { !$0.isEmpty }
        return values.contains { !CardColumns.isCount($0) && !$0.unicodeScalars.contains(where: TableDetector.isDigit) } ? start : nil
    }

    /// A row's cells with the column each starts in.
    private static func placed(_ row: [Table.Cell]) -> [(start: Int, cell: Table.Cell)] {
        var start = 0
        return row.map { cell in
            defer { start += cell.columnSpan }
            return (start, cell)
        }
    }
}
