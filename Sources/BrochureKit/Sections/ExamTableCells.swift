/// The cells of an exam table as the breakdown parser reads them, a cell that breaks off
/// inside a `category：N名` pair joined to the cell under it.
///
/// A narrow grid wraps its cells line by line, and the layout may set each line of a wrapped
/// row as a row of its own (`工学：3名、化学・生物・` over `薬学：1名`): read apart, the second
/// half is a category of its own. A cell that ends cleanly (`…名`, `…、`) is whole, as in a list.
enum ExamTableCells {
    struct Piece: Equatable {
        var text: String
        var box: Rect
        var column: Int
        /// In one of the table's header rows.
        var header: Bool
    }

    /// Names beside bare counts, line by line (`ExamCellLines`), or over them (`ExamNamesOverCounts`),
    /// come as pairs in their count's place, and the cells they use up are not read again.
    static func pieces(of table: Table) -> [Piece] {
        var result: [Piece] = []
        let cards = ExamNamesOverCounts.pairs(in: table)
        var paired = ExamCellLines.pairs(in: table)
        paired.pieces += cards.pieces
        var consumed = paired.consumed.union(cards.consumed)
        // A header drawn under the body (`ExamHeaderBelow`) is a header all the same.
        let below = ExamHeaderBelow.row(in: table)
        for (r, row) in table.rows.enumerated() {
            for (c, cell) in row.enumerated() where !consumed.contains([r, c]) {
                var piece = Piece(text: cell.text, box: cell.box ?? table.box, column: c, header: r < table.headerRowCount || r == below)
                var below = r + 1
                while !ExamBreakdownParser.endsCleanly(Normalized.compact(piece.text)), below < table.rows.count,
                    table.rows[below].indices.contains(c), case let next = table.rows[below][c], !next.text.isEmpty
                {
                    piece.text += next.text
                    piece.box = piece.box.union(next.box ?? piece.box)
                    consumed.insert([below, c])
                    below += 1
                }
                // A track label on its items' baseline, taken into their cell (`ExamTrackLedCell`).
                result += below == r + 1 ? ExamTrackLedCell.split(piece, lines: cell.lines) : [piece]
            }
            result += paired.pieces.filter { $0.row == r }.map(\.piece)
        }
        return result
    }
}
