/// Note markers set after a count or a name in an exam table or list (`6名※3`,
/// `資源開発工学※1`), dropped before the breakdown is read.
///
/// A marker points to a note printed elsewhere (collected at the page foot); it is part of
/// neither the category nor its count. Left on a count (`6名 ※3`) it makes the cell no count
/// at all: that row seems to hold none, and a column of track labels set once over their
/// rows (`技術系` beside it, blank beside the rest) is no longer told apart from a column of
/// names, so the categories holding a track word (`事務（法務・会計）`) are lost with it.
enum ExamNoteMarkers {
    /// The section's blocks with every trailing marker dropped from table cells and lines.
    static func unmarked(_ blocks: [(page: Int, block: Block)]) -> [(page: Int, block: Block)] {
        blocks.map { page, block in
            var block = block
            for i in block.lines.indices { block.lines[i].text = stripped(block.lines[i].text) }
            if var table = block.table {
                for r in table.rows.indices {
                    for c in table.rows[r].indices {
                        table.rows[r][c].text = stripped(table.rows[r][c].text)
                        table.rows[r][c].lines = table.rows[r][c].lines.map(stripped)
                    }
                }
                block.table = table
            }
            return (page, block)
        }
    }

    /// `6名 ※3` → `6名`, `備蓄※` → `備蓄`: a `※` with only digits (ASCII or full-width) and
    /// spaces after it, at the end of a text holding more than the marker. A note itself
    /// (`※3 …のうち2名程度は…`) opens with its marker and is kept whole.
    static func stripped(_ text: String) -> String {
        guard let mark = text.lastIndex(of: "※") else { return text }
        let tail = text[text.index(after: mark)...]
        guard tail.allSatisfy({ $0.isNumber || $0 == " " || $0 == "\u{3000}" }) else { return text }
        let head = text[..<mark].trimmingCharacters(in: .whitespaces)
        return head.isEmpty ? text : head
    }
}
