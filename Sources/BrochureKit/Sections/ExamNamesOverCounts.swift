/// Cards of an exam breakdown (a category over its count, `農学` over `12名`) that the layout cut
/// into a row of names over a row of counts: each count read with the name above it.
///
/// A card puts its two lines in one box; a grid of cards whose boxes the layout does not see
/// as cells gives each line a row of its own, so the names read as a row with no counts and
/// the counts as a row with no names. Only a row of two or more names whose every name has
/// a bare count right under it, in the same column, and nothing else beside them, is taken:
/// one name over one count could be a heading over a total.
///
/// A transposed block may open with its track in a cell spanning both rows (`事務職` beside
/// `一般事務 | 福祉` over `60名 | 10名`): the cell's text stands on one row, the other is blank
/// there. That cell is left to head the pairs, and a track word right of it names a category
/// (`学校事務`, `一般事務` with its kanji numeral), as in a row that repeats its track
/// (`ExamTrackedRowNames`).
enum ExamNamesOverCounts {
    /// The pairs as pieces at the place of their count's cell (by row), and the cells used up.
    static func pairs(in table: Table) -> (pieces: [(row: Int, piece: ExamTableCells.Piece)], consumed: Set<[Int]>) {
        var pieces: [(row: Int, piece: ExamTableCells.Piece)] = []
        var consumed = Set<[Int]>()
        let rows = table.rows
        // The first row of names may be the table's header: the layout counts every row
        // before the first figure as one, and a transposed block opens with its names.
        for r in rows.indices.dropLast() {
            var names = rows[r].indices.filter { !rows[r][$0].text.trimmingWhitespace().isEmpty }
            var counts = rows[r + 1].indices.filter { !rows[r + 1][$0].text.trimmingWhitespace().isEmpty }
            let track = Self.spanningTrack(names: &names, counts: &counts, rows: rows[r], rows[r + 1], at: r)
            guard names.count >= 2, names == counts,
                names.allSatisfy({ c in
                    let text = Normalized.compact(rows[r][c].text)
                    return ExamCellLines.isName(text)
                        || track.map { ExamTrackedRowNames.isName(text, beside: $0.text) || ExamTrackedRowNames.isQualifiedName(text) } == true
                }),
                counts.allSatisfy({ ExamCellLines.isBareCount(Normalized.compact(rows[r + 1][$0].text)) })
            else { continue }
            // The track cell is the block's, a body cell even on a header row: it heads the pairs.
            if let track, case let cell = rows[track.row][track.column] {
                pieces.append((r, ExamTableCells.Piece(text: cell.text, box: cell.box ?? table.box, column: track.column, header: false)))
                consumed.insert([track.row, track.column])
            }
            for c in names {
                let name = rows[r][c], count = rows[r + 1][c]
                let box = Rect.enclosing([name.box, count.box].compactMap { $0 }) ?? table.box
                pieces.append((r + 1, ExamTableCells.Piece(
                    text: Normalized.compact(name.text) + ":" + Normalized.compact(count.text), box: box, column: c, header: false)))
                consumed.formUnion([[r, c], [r + 1, c]])
            }
        }
        return (pieces, consumed)
    }

    /// The track label of a cell spanning the name row `r` and the count row under it (its text
    /// on either, the other blank there), the first filled column of both, with the row and
    /// column of its text; that column is taken out of `names` and `counts`. Nil, and both
    /// left as they are, when the block opens otherwise.
    private static func spanningTrack(
        names: inout [Int], counts: inout [Int], rows upper: [Table.Cell], _ lower: [Table.Cell], at r: Int
    ) -> (text: String, row: Int, column: Int)? {
        guard let first = (names + counts).min(), names.contains(first) != counts.contains(first) else { return nil }
        let text = Normalized.compact((names.contains(first) ? upper : lower)[first].text)
        guard ExamTrackedRowNames.isTrackLabel(text) else { return nil }
        let row = names.contains(first) ? r : r + 1
        names.removeAll { $0 == first }
        counts.removeAll { $0 == first }
        return (text, row, first)
    }
}
