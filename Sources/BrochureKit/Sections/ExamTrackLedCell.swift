/// A table cell that opens with its track's label on the items' own baseline
/// (`事務系　行政 18名`, `理工系　化学 4名・機械 2名`), read as the label beside its items.
///
/// A box of planned hires set without rules (under a step of a selection timeline) prints each
/// track as a label and its categories on one baseline; the layout takes the pair as one cell
/// whose lines are the two runs. Read joined, the first item's name would swallow the label
/// (`事務系行政`, a track name, and dropped), and the row would take the track of whatever
/// label stands to its left. Cut apart, the label sits to the left of its items on their row,
/// where the breakdown parser looks for a row's track.
enum ExamTrackLedCell {
    /// `piece` cut into the track label and the rest when `lines` (the cell's runs, left to
    /// right) open with a track label alone (`…系`, no count) followed by runs with counts;
    /// each part boxed by its share of the characters. The piece alone otherwise.
    static func split(_ piece: ExamTableCells.Piece, lines: [String]) -> [ExamTableCells.Piece] {
        guard lines.count >= 2, case let label = Normalized.compact(lines[0]), ExamGrid.namesTrack(label),
            ExamBreakdownParser.pairs(in: label).isEmpty,
            case let rest = lines.dropFirst().joined(separator: " "),
            !ExamBreakdownParser.pairs(in: ExamBreakdownParser.cellText(rest)).isEmpty
        else { return [piece] }
        let total = Double(lines.reduce(0) { $0 + $1.count })
        let cut = piece.box.x0 + piece.box.width * Double(lines[0].count) / max(total, 1)
        var head = piece
        head.text = lines[0]
        head.box = Rect(x0: piece.box.x0, y0: piece.box.y0, x1: cut, y1: piece.box.y1)
        var items = piece
        items.text = rest
        items.box = Rect(x0: cut, y0: piece.box.y0, x1: piece.box.x1, y1: piece.box.y1)
        return [head, items]
    }
}
