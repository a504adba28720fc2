/// A row of an exam table whose track cell names neither track: `保健師` in the column of
/// `一般事務` and `技術`.
///
/// A town recruits its public-health nurses by an exam of their own, listed as a third kind
/// beside the two tracks. Read as a list, the row would take the track of the row above it
/// (`技術`); its own cell says it is neither, so its categories are the other kind.
enum ExamOtherTrackRows {
    /// Whether `piece`, a body cell of an exam table right of the table's track column, stands
    /// in a row whose cell in that column names something else (no track, no level, no total).
    /// The track column is the first, and names a track in two rows at least.
    static func isOther(_ piece: ExamBreakdownParser.Piece, in pieces: [ExamBreakdownParser.Piece]) -> Bool {
        guard let table = piece.table, !piece.header, let column = piece.column, column > 0 else { return false }
        let labels = pieces.filter { $0.table == table && !$0.header && $0.column == 0 }
        guard labels.filter({ $0.track != nil }).count >= 2,
            let own = labels.first(where: { $0.box.yOverlap(piece.box) >= 0.5 * min($0.box.height, piece.box.height) })
        else { return false }
        let text = own.text
        return !text.isEmpty && own.track == nil && own.level == nil && !text.contains(where: \.isNumber)
            && !text.contains("計") && ExamBreakdownParser.pairs(in: text).isEmpty
    }
}
