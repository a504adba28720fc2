extension ExamBreakdownParser {
    /// The label of the kind `value` reads whose centred run of rows (`ExamCentredSpans`) holds
    /// the table row of `piece`: a column of labels wholly left of it, cells of its table or
    /// lines beside it (a track set vertically outside the ruled cells), standing within the
    /// rows' height; not a label repeated where it was not printed (`topAlignedSpans` takes a
    /// two-line cell centred on its rows for one set at their top). The nearest such column
    /// whose labels stand centred on their runs answers, with the column; nil when none does.
    /// A label of that column naming nothing of the kind (an exam named without its level,
    /// `上級試験`) gives a nil value with its column.
    static func centredSpan<T>(of piece: Piece, in pieces: [Piece], _ value: (Piece) -> T?) -> (value: T?, column: [Piece])? {
        guard let table = piece.table else { return nil }
        let rows = pieces.filter { $0.page == piece.page && $0.table == table && !$0.header && !pairs(in: $0.text).isEmpty }.map(\.box)
        guard let top = rows.map(\.y0).min(), let bottom = rows.map(\.y1).max() else { return nil }
        let candidates = pieces.filter { other in
            other.page == piece.page && !other.header && !other.repeated && !other.text.isEmpty && (other.table == nil || other.table == table)
                && other.box.x1 <= piece.box.x0 + 1 && other.box.midY > top && other.box.midY < bottom && pairs(in: other.text).isEmpty
        }
        var tried: [Piece] = []
        for seed in candidates.filter({ value($0) != nil }).sorted(by: { $0.box.x1 > $1.box.x1 }) {
            func inColumn(_ other: Piece) -> Bool {
                min(other.box.x1, seed.box.x1) - max(other.box.x0, seed.box.x0) >= 0.5 * min(other.box.width, seed.box.width)
            }
            guard !tried.contains(where: inColumn) else { continue }
            tried.append(seed)
            // One label per height; a line naming nothing set right under a label (`試験` under
            // `大卒程度`, a cell's second line read apart) is that label's.
            var column: [Piece] = []
            for other in candidates.filter(inColumn).sorted(by: { $0.box.midY < $1.box.midY })
            where !column.contains(where: { abs($0.box.midY - other.box.midY) < 1 }) {
                if let last = column.last, value(other) == nil, other.box.y0 - last.box.y1 < 0.5 * min(other.box.height, last.box.height) {
                    column[column.count - 1].box = last.box.union(other.box)
                    continue
                }
                column.append(other)
            }
            // The rows beside the column: every counted cell of the table right of it.
            let beside = rows.filter { box in column.allSatisfy { box.x0 >= $0.box.x1 - 1 } }
            guard let index = ExamCentredSpans.label(holding: piece.box, rows: beside, labels: column.map(\.box)) else { continue }
            return (value(column[index]), column)
        }
        return nil
    }

    /// The exam level of `piece`'s row by a centred run (`centredSpan`): the label's own, or,
    /// for a label naming none in a column where another names one (`上級試験` over
    /// `大学院卒業程度試験`), the non-graduate level.
    static func centredSpanLevel(of piece: Piece, in pieces: [Piece]) -> ExamBreakdown.Level? {
        guard let found = centredSpan(of: piece, in: pieces, \.level) else { return nil }
        return found.value ?? (found.column.contains { $0.level != nil } ? .undergraduate : nil)
    }
}
