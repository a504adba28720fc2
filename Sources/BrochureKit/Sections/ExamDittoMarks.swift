/// Ditto marks in an exam table (`〃`, `同上`), read as the cell above them.
///
/// A table that lists several categories of one track and exam prints the track and exam once
/// and a ditto mark in the rows under it (`事務職 | 大学卒業程度 | 行政`, `〃 | 〃 | 福祉`,
/// `〃 | 高校卒業程度 | 一般事務`), usually with a note saying so (`※「〃」は上の欄と同じです。`).
/// Read as printed the mark names no track or level, so such a row takes the labels of the
/// nearest row that does, which may be the next track's below it. The mark stands for the
/// cell above as that cell is read, so marks are resolved top to bottom: a run of marks all
/// repeat the last cell printed in full.
enum ExamDittoMarks {
    /// The marks a cell may hold alone: `〃`, its stand-in `″` (`′′` once normalised), and `同上`.
    static let marks: Set<String> = ["〃", "″", "′′", "同上"]

    /// `table` with each body cell that is a ditto mark alone replaced by the (resolved) cell
    /// above it; a mark right under the header, or with no cell above, is left as printed.
    static func resolved(_ table: Table) -> Table {
        var table = table
        for r in table.rows.indices where r > table.headerRowCount {
            for c in table.rows[r].indices where isMark(table.rows[r][c].text) && table.rows[r - 1].indices.contains(c) {
                let above = table.rows[r - 1][c]
                guard !above.text.isEmpty, !isMark(above.text) else { continue }
                table.rows[r][c].text = above.text
                table.rows[r][c].lines = above.lines
            }
        }
        return table
    }

    /// Whether a cell's text is a ditto mark and nothing else.
    static func isMark(_ text: String) -> Bool {
        marks.contains(Normalized.compact(text))
    }
}
