/// An exam table with no track column whose categories name their track in brackets
/// (`試験 | 試験区分 | 採用予定数` over `… | 行政（事務系） | 3`, `| 土木（技術系） | 4`), read as
/// if the tracks stood in a column of their own before the categories.
///
/// The readers of exam grids take a row's track from a column of track words; here the
/// only place the track is said is the category's closing bracket (`ExamCategoryMarks`).
enum ExamBracketTracks {
    /// `table` with a track column inserted before the first column whose every category
    /// (two at least) names its track in brackets, the brackets dropped; `table` itself when
    /// there is none, or when a column of the table already holds track words.
    static func split(_ table: Table) -> Table {
        guard table.headerRowCount >= 1, let header = table.rows.first else { return table }
        let body = Array(table.rows.dropFirst(table.headerRowCount))
        // (A track column of its own says it already: `ExamTrackRows` reads that.)
        guard !header.indices.contains(where: { c in body.contains { c < $0.count && ExamTrackWords.isBare($0[c].text) } }) else { return table }
        for c in header.indices {
            let cells = body.compactMap { c < $0.count && !$0[c].text.isEmpty ? $0[c].text : nil }
            guard cells.count >= 2, cells.allSatisfy({ ExamCategoryMarks.split(Normalized.compact($0)).track != nil }) else { continue }
            var split = table
            split.columns.insert(table.columns.indices.contains(c) ? table.columns[c] : table.box.x0...table.box.x0, at: min(c, table.columns.count))
            for r in split.rows.indices where c < split.rows[r].count {
                let cell = split.rows[r][c]
                guard r >= table.headerRowCount else {
                    split.rows[r].insert(Table.Cell(text: "区分", box: cell.box), at: c)
                    continue
                }
                let marked = ExamCategoryMarks.split(Normalized.compact(cell.text))
                split.rows[r][c].text = marked.track == nil ? cell.text : marked.name
                split.rows[r][c].lines = []
                split.rows[r].insert(Table.Cell(text: marked.word ?? "", box: marked.word == nil ? nil : cell.box), at: c)
            }
            return split
        }
        return table
    }
}
