/// Whether aligned lines are a row of framed boxes of text rather than a table: a name atop
/// each box, then the box's text wrapped over lines set at line spacing.
///
/// A table's rows are padded apart and its cells end where their content does; the lines of a
/// wrapped text sit tight one under the other, and every line but the last stops mid-phrase
/// (`小学校就学前まで、勤` / `務時間を短縮可能`). Read as a table they would come out row by row,
/// across the boxes; as text, each box is read whole.
enum WrappedBoxes {
    static func matches(_ rows: [[Table.Cell]], rowBoxes: [Rect], em: Double) -> Bool {
        guard rows.count >= 3, rowBoxes.count == rows.count, let width = rows.first?.count, width >= 3 else { return false }
        let body = Array(rows.dropFirst())
        // Every body row follows the one above at line spacing.
        for r in 1..<(rowBoxes.count - 1) where rowBoxes[r + 1].y0 - rowBoxes[r].y1 > 0.7 * em { return false }
        // Every cell but those of the last row breaks off mid-phrase, in every column.
        for row in body.dropLast() {
            guard row.count == width, row.allSatisfy({ !$0.text.isEmpty && $0.lines.count <= 1 && breaksOff($0.text) }) else { return false }
        }
        return true
    }

    /// A line that stops where a phrase goes on: not after a full stop, a closing bracket, a
    /// count or a figure.
    static func breaksOff(_ text: String) -> Bool {
        guard let last = text.trimmingWhitespace().last else { return false }
        return !("。．.）)」』名人%％".contains(last) || last.isNumber)
    }
}
