/// Cards of an exam breakdown (a category over its count, `農学` over `12名`) that the layout cut
/// into a row of names over a row of counts: each count read with the name above it.
///
/// A card puts its two lines in one box; a grid of cards whose boxes the layout does not see
/// as cells gives each line a row of its own, so the names read as a row with no counts and
/// the counts as a row with no names. Only a row of two or more names whose every name has
/// a bare count right under it, in the same column, and nothing else beside them, is taken:
/// one name over one count could be a heading over a total.
enum ExamNamesOverCounts {
    /// The pairs as pieces at the place of their count's cell (by row), and the cells used up.
    static func pairs(in table: Table) -> (pieces: [(row: Int, piece: ExamTableCells.Piece)], consumed: Set<[Int]>) {
        var pieces: [(row: Int, piece: ExamTableCells.Piece)] = []
        var consumed = Set<[Int]>()
        let rows = table.rows
        for r in rows.indices.dropLast() where r >= table.headerRowCount {
            let names = rows[r].indices.filter { !rows[r][$0].text.trimmingWhitespace().isEmpty }
            let counts = rows[r + 1].indices.filter { !rows[r + 1][$0].text.trimmingWhitespace().isEmpty }
            guard names.count >= 2, names == counts,
                names.allSatisfy({ ExamCellLines.isName(Normalized.compact(rows[r][$0].text)) }),
                counts.allSatisfy({ ExamCellLines.isBareCount(Normalized.compact(rows[r + 1][$0].text)) })
            else { continue }
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
}
