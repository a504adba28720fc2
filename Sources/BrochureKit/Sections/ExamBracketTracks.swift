/// An exam table with no track column whose categories name their track in brackets
/// (`試験 | 試験区分 | 採用予定数` over `… | 行政（事務系） | 3`, `| 土木（技術系） | 4`), or
/// their track before the brackets they stand in (`事務（一般行政） | 3`), read as if the
/// tracks stood in a column of their own before the categories.
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
            guard cells.count >= 2 else { continue }
            if cells.allSatisfy({ leadingTrack(Normalized.compact($0)) != nil }) {
                return inserting(table, at: c) { cell in
                    // Each part boxed by its share of the characters: the track word stands at
                    // the cell's left, the category nearer the count.
                    let compact = Normalized.compact(cell.text)
                    guard let marked = leadingTrack(compact), let box = cell.box else { return nil }
                    let cut = box.x0 + box.width * Double(marked.word.count) / Double(max(compact.count, 1))
                    return (marked.word, marked.name, Rect(x0: box.x0, y0: box.y0, x1: cut, y1: box.y1), Rect(x0: cut, y0: box.y0, x1: box.x1, y1: box.y1))
                }
            }
            guard cells.allSatisfy({ ExamCategoryMarks.split(Normalized.compact($0)).track != nil }) else { continue }
            return inserting(table, at: c) { cell in
                let marked = ExamCategoryMarks.split(Normalized.compact(cell.text))
                guard marked.track != nil, let word = marked.word else { return nil }
                return (word, marked.name, cell.box, cell.box)
            }
        }
        return table
    }

    /// A cell naming its track first and its category in the brackets after it (`事務（一般行政）`,
    /// `技術（農業土木）`, a town's table of 職種 with no 区分 column): the track word and the
    /// category. Nil for any other cell, or brackets saying whom the exam is for
    /// (`事務（障がい者対象）`, `事務（社会人経験者）`) or at what level (`事務（大卒程度）`,
    /// `技術（上級）`), no category.
    static func leadingTrack(_ compact: String) -> (word: String, name: String)? {
        guard compact.last == ")", let open = compact.firstIndex(of: "("), open > compact.startIndex,
            case let word = String(compact[..<open]), ExamTrackWords.isBare(word),
            case let name = String(compact[compact.index(after: open)..<compact.index(before: compact.endIndex)]),
            (2...12).contains(name.count), !name.contains("("), !name.contains(where: { $0.isASCII && $0.isNumber }),
            !["対象", "経験", "枠", "限定", "採用", "程度", "卒", "級", "社会人", "障"].contains(where: { name.contains($0) })
        else { return nil }
        return (word, name)
    }

    /// `table` with a track column inserted before column `c`, headed `区分`: each body cell
    /// that `part` cuts gives the track word to the new column and keeps the category; any
    /// other keeps its text, beside an empty track cell.
    private static func inserting(
        _ table: Table, at c: Int, part: (Table.Cell) -> (word: String, name: String, wordBox: Rect?, nameBox: Rect?)?
    ) -> Table {
        var split = table
        split.columns.insert(table.columns.indices.contains(c) ? table.columns[c] : table.box.x0...table.box.x0, at: min(c, table.columns.count))
        for r in split.rows.indices where c < split.rows[r].count {
            let cell = split.rows[r][c]
            guard r >= table.headerRowCount else {
                split.rows[r].insert(Table.Cell(text: "区分", box: cell.box), at: c)
                continue
            }
            split.rows[r][c].lines = []
            guard let marked = part(cell) else {
                split.rows[r].insert(Table.Cell(text: "", box: nil), at: c)
                continue
            }
            split.rows[r][c].text = marked.name
            split.rows[r][c].box = marked.nameBox
            split.rows[r].insert(Table.Cell(text: marked.word, box: marked.wordBox), at: c)
        }
        return split
    }
}
