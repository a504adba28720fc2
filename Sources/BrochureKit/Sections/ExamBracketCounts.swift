/// Exam counts printed in brackets after their category, under a header saying so:
/// `採用予定職種（人数）` over `事務（4）`, `電気（1）`.
///
/// A table short of a count column gives each category its count in brackets; the header's
/// own bracket says what they hold (`（人数）`). A bracket after a category says many other
/// things elsewhere (a level, `（大卒）`; whom an exam is for, `（障がい者対象）`), so figures
/// alone in it are read as a count only where a header of the section declares it.
enum ExamBracketCounts {
    /// The header words that declare the brackets hold the counts.
    static let declarations = ["(人数)", "(名)", "(人)", "(予定数)", "(採用予定数)"]

    /// Whether a table of the section has a header cell ending in such a bracket.
    static func declared(in blocks: [(page: Int, block: Block)]) -> Bool {
        blocks.contains { _, block in
            guard let table = block.table, table.headerRowCount >= 1 else { return false }
            return table.rows[..<min(table.headerRowCount, table.rows.count)].contains { row in
                row.contains { cell in
                    let text = Normalized.compact(cell.text)
                    return declarations.contains { text.hasSuffix($0) && text.count > $0.count }
                }
            }
        }
    }

    /// `事務(4)` → `事務:4名`: a category and one to three figures in the brackets that end it;
    /// nil for any other text.
    static func counted(_ text: String) -> String? {
        guard text.last == ")", let open = text.lastIndex(of: "("), open > text.startIndex else { return nil }
        let figures = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let name = text[..<open]
        guard (1...3).contains(figures.count), figures.allSatisfy({ $0.isASCII && $0.isNumber }),
            ExamBreakdownParser.looksLikeCategory(name), !name.contains(where: { $0.isNumber || $0 == "(" })
        else { return nil }
        return name + ":" + figures + "名"
    }
}
