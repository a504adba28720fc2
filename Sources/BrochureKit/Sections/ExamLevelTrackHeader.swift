/// Reads an exam matrix with the CATEGORIES AS ROWS under a two-row header: each level
/// (`大卒程度試験`, `高卒程度試験`) spanning its track columns (`事務系 | 技術系`) in the row
/// under it, `試験区分` heading the column of categories, a count or a dash where a category
/// meets a level's track, and a `合計` row.
///
/// `ExamGrid` wants one count column per level; here each level has a column per track, so
/// a column takes its level from the level cell covering it (its span, or the last level at
/// or left of it) and its track from the track cell covering it in the row below. The rows
/// end at the first that is not a category with counts; a `合計` row is no category but must
/// give each column's sum. Only the columns from the categories on are read, so a table the
/// layout joined beside this one (another section's grid to its left) is no obstacle.
enum ExamLevelTrackHeader {
    static func entries(in table: Table, page: Int) -> [ExamBreakdown.Entry] {
        let rows = table.rows
        for r in rows.indices.dropLast(2) {
            let found = entries(in: rows, levelRow: r, page: page)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The column each cell of `row` covers: its own and those its span reaches.
    static func covering(_ row: [Table.Cell], _ column: Int) -> Int? {
        row.indices.last { $0 <= column && column < $0 + max(row[$0].columnSpan, 1) && !row[$0].text.isEmpty }
    }

    private static func entries(in rows: [[Table.Cell]], levelRow r: Int, page: Int) -> [ExamBreakdown.Entry] {
        let levelCells = rows[r].indices.filter { ExamGrid.level(of: rows[r][$0].text) != nil }
        guard let firstLevel = levelCells.first, levelCells.count >= 1 else { return [] }
        // The categories' column: the nearest left of the first level holding names under the header.
        let tracksRow = rows[r + 1]
        let width = rows.map(\.count).min() ?? 0
        // Each count column: a level over it (covering it, or the last at or left of it) and a track under that.
        let columns = (firstLevel..<width).compactMap { c -> (column: Int, level: ExamBreakdown.Level, track: Track)? in
            guard let t = covering(tracksRow, c), case let track = Track(label: Normalized.compact(tracksRow[t].text)), track != .other,
                let l = levelCells.last(where: { $0 <= c }), let level = ExamGrid.level(of: rows[r][l].text)
            else { return nil }
            return (c, level, track)
        }
        // Two tracks under one level at least: otherwise it is a grid `ExamGrid` reads.
        guard columns.count >= 2, Set(columns.map(\.track)).count >= 2, let category = (0..<firstLevel).last(where: { c in
            rows[r...].contains { ColumnRole(label: $0[c].text) == .unknown && ExamCellLines.isName(Normalized.compact($0[c].text)) }
        }) else { return [] }
        var entries: [ExamBreakdown.Entry] = []
        var sums = [Int](repeating: 0, count: columns.count)
        for row in rows[(r + 2)...] {
            let name = Normalized.compact(row[category].text)
            let cells = columns.map { row[$0.column].text }
            guard !name.isEmpty, cells.allSatisfy({ ExamGrid.count(in: $0) != nil || ExamGrid.isNone($0) && !$0.isEmpty }) else { break }
            if ColumnRole(label: name) == .total {
                // The total row checks the columns; a matrix it does not add up for is misread.
                guard zip(cells, sums).allSatisfy({ (ExamGrid.count(in: $0) ?? 0) == $1 }) else { return [] }
                break
            }
            for (i, column) in columns.enumerated() {
                guard let n = ExamGrid.count(in: cells[i]) else { continue }
                sums[i] += n
                let box = Rect.enclosing([row[category].box, row[column.column].box].compactMap { $0 }) ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
                entries.append(ExamBreakdown.Entry(
                    track: column.track, level: column.level, category: name, count: n,
                    provenance: Provenance(page: page, box: box, text: name + "\t" + cells[i])))
            }
        }
        return entries
    }
}
