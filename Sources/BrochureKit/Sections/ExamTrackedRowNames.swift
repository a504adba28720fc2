/// Categories that hold a track word (`事務`, `事務（キャリア）`) in the rows of a table that
/// repeats the track in a cell of its own on every row: `事務職 | 事務 | 48名`.
///
/// A cell naming a track is read as a label, so `事務` beside `48名` would give no item. When
/// the row's track already stands in a cell to its left, a second track word further right
/// can only be the category: a short name, not the track label again, and not itself a
/// track's label (`事務系`) or a total.
enum ExamTrackedRowNames {
    /// The column of the row's first cell that is a bare track label (`事務職`, `技術系`): a
    /// track word, no count, no level.
    static func trackColumn(of row: [Table.Cell]) -> Int? {
        row.firstIndex { cell in
            let text = Normalized.compact(cell.text)
            return !text.isEmpty && text.count <= 6 && Track(label: text) != .other
                && ExamBreakdownParser.level(named: text) == nil && !text.contains(where: \.isNumber)
        }
    }

    /// Whether `text` (normalised), right of the row's track label `label`, is a category.
    static func isName(_ text: String, beside label: String) -> Bool {
        Track(label: text) != .other && text != Normalized.compact(label) && !ExamGrid.namesTrack(text)
            && ExamBreakdownParser.looksLikeCategory(Substring(text)) && !text.contains(where: \.isNumber)
            && ExamBreakdownParser.level(named: text) == nil && !text.hasSuffix("職")
    }
}
