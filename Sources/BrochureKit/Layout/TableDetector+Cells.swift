/// What the cells of a candidate table say about it: badges beside cards, phrases or sentences.
extension TableDetector {
    /// Whether two columns hold figures at the left, set at least a third larger than any
    /// one-line cell at the right, and sentences at the right in half the rows or more: a
    /// big figure names no row (a row label is set like the text beside it, `2年目`, `Q3`), so
    /// this is no table.
    static func badgesBesideCards(_ rows: [[Table.Cell]]) -> Bool {
        guard rows.count >= 2, rows.allSatisfy({ $0.count == 2 }) else { return false }
        let left = rows.map(\.[0]).filter { !$0.text.isEmpty }
        let right = rows.map(\.[1]).filter { !$0.text.isEmpty }
        let figures = left.filter { isNumeric($0.text) }
        let sentences = right.filter { $0.text.contains("。") }.count
        guard figures.count * 2 >= left.count, !right.contains(where: { isNumeric($0.text) }), sentences * 2 >= rows.count else { return false }
        let names = right.filter { $0.lines.isEmpty }.compactMap { $0.box?.height }
        guard let name = names.max(), let figure = figures.filter({ $0.lines.isEmpty }).compactMap({ $0.box?.height }).max() else { return false }
        return figure >= 1.3 * name
    }

    /// Whether a line is a phrase, not part of a sentence: no comma or full stop in it.
    static func isPhrase(_ text: String) -> Bool {
        !text.contains { $0 == "、" || $0 == "。" || $0 == "，" || $0 == "．" }
    }
}
