/// An exam matrix whose header and track rows the layout set apart from its body: level labels
/// (`大卒程度`/`試験`, `院卒程度`/`試験`) as blocks of their own above the columns, a track bar
/// (`事務系` on a shaded row across the table) as a line above each group of rows, and under
/// them only `category | count | count | 計` rows, the tables the layout did find.
///
/// Such a table has no level in any row, so `ExamGrid` refuses it, and its bare counts (`３`,
/// `－`) make no `category：N名` pair. The labels above still say what each column is: a
/// column under a level label counts that level; one under no level label (`計`) is a total,
/// as is a row without a category name (`合計`).
enum ExamColumnHeads {
    /// The entries of `table`, with `above` the part's other blocks on its page (tables too:
    /// a later group's table sits under an earlier one's). Empty unless a level label stands
    /// over a column right of the first, every row holds a count or a dash under each such
    /// column, and a track line stands between the labels and the table.
    static func entries(in table: Table, page: Int, above blocks: [Block]) -> [ExamBreakdown.Entry] {
        let over = blocks.filter { $0.table == nil && $0.box.y1 <= table.box.y0 + 1 }
        // The nearest level label over each column, by the column's middle.
        var levels: [(column: Int, level: ExamBreakdown.Level, y: Double)] = []
        for (c, range) in table.columns.enumerated().dropFirst() {
            let middle = (range.lowerBound + range.upperBound) / 2
            let labels = over.filter { $0.box.x0 <= middle && middle <= $0.box.x1 }
                .compactMap { block in ExamGrid.level(of: block.lines.map(\.text).joined()).map { (level: $0, y: block.box.y1) } }
            if let nearest = labels.max(by: { $0.y < $1.y }) { levels.append((c, nearest.level, nearest.y)) }
        }
        guard !levels.isEmpty, let labelsEnd = levels.map(\.y).max() else { return [] }
        // The track: the nearest line above the table, below the level labels, naming one alone.
        let bars = over.filter { $0.box.y0 >= labelsEnd - 1 && $0.lines.count == 1 && $0.box.x0 <= table.columns[0].upperBound }
            .compactMap { block -> (Track, Double)? in
                let text = Normalized.compact(block.lines[0].text)
                let track = Track(label: text)
                return track != .other && text.count <= 12 && ExamGrid.level(of: text) == nil ? (track, block.box.y1) : nil
            }
        guard let track = bars.max(by: { $0.1 < $1.1 })?.0 else { return [] }
        let rows = table.rows.dropFirst(table.headerRowCount)
        guard rows.allSatisfy({ row in levels.allSatisfy { row.indices.contains($0.column) && (ExamGrid.count(in: row[$0.column].text) != nil || ExamGrid.isNone(row[$0.column].text)) } })
        else { return [] }
        var entries: [ExamBreakdown.Entry] = []
        for row in rows {
            let category = Normalized.compact(row[0].text)
            // `合計` and the like are totals, and so is a track alone (`事務職`): no category;
            // `一般事務` holds a track word but is a category (`ExamTrackWords`).
            guard ExamBreakdownParser.looksLikeCategory(Substring(category)), ColumnRole(label: category) != .total,
                !ExamTrackWords.isBare(category)
            else { continue }
            for (column, level, _) in levels {
                guard let count = ExamGrid.count(in: row[column].text) else { continue }
                let box = Rect.enclosing([row[0].box, row[column].box].compactMap { $0 }) ?? table.box
                entries.append(ExamBreakdown.Entry(
                    track: track, level: level, category: category, count: count,
                    provenance: Provenance(page: page, box: box, text: row.map(\.text).joined(separator: "\t"))))
            }
        }
        return entries
    }
}
