/// Categories that hold a track word (`事務`, `事務（キャリア）`) in the rows of a table that
/// repeats the track in a cell of its own on every row (`事務職 | 事務 | 48名`), or in the
/// column a header names `区分` (`試験 | 区分 | 予定数` under a `【事務】` title), or under a
/// row of the track's own (`事務系 | 115名` over `総合事務職 | 90名`).
///
/// A cell naming a track is read as a label, so `事務` beside `48名` would give no item. When
/// the row's track already stands in a cell to its left, a second track word further right
/// can only be the category, and so is any cell of a column headed as the categories': a
/// short name, not the track label again, and not itself a track's label (`事務系`) or a total.
enum ExamTrackedRowNames {
    /// The column of the row's first cell that is a bare track label (`事務職`, `技術系`): a
    /// track word, no count, no level.
    static func trackColumn(of row: [Table.Cell]) -> Int? {
        row.firstIndex { isTrackLabel(Normalized.compact($0.text)) }
    }

    /// A bare track label (normalised): a short track word, no count, no level.
    static func isTrackLabel(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 6 && Track(label: text) != .other
            && ExamBreakdownParser.level(named: text) == nil && !text.contains(where: \.isNumber)
    }

    /// The column of track labels each set once over the rows of its track (`事務系` level with
    /// the first, blank beside the others): every row holding a count has a bare track label
    /// there or nothing, two labels at least, and one row at least has nothing. A row left
    /// blank there still has its track to the left of its categories.
    static func spanningTrackColumn(in table: Table) -> Int? {
        let rows = table.rows.dropFirst(table.headerRowCount).filter { row in
            row.contains { ExamCellLines.isBareCount(Normalized.compact($0.text)) }
        }
        return table.columns.indices.first { column in
            let cells = rows.map { $0.indices.contains(column) ? Normalized.compact($0[column].text) : "" }
            let labels = cells.filter { !$0.isEmpty }
            return labels.count >= 2 && labels.count < cells.count
                && labels.allSatisfy(isScopedTrackLabel)
        }
    }

    /// The label of the track row heading row `row` (`事務系 | 115名` over `総合事務職 | 90名`):
    /// the nearest row above it in the body holding a track's label (`事務系`: only a label
    /// says 系) and nothing but its total beside it. Under it every row is one of its
    /// categories, so a track word there (`総合事務職`, `警察事務職`) names a category.
    static func groupLabel(in table: Table, above row: Int) -> String? {
        for r in stride(from: row - 1, through: table.headerRowCount, by: -1) {
            let cells = table.rows[r].map { Normalized.compact($0.text) }.filter { !$0.isEmpty }
            guard let first = cells.first else { continue }
            if ExamGrid.namesTrack(first) && isTrackLabel(first) && cells.dropFirst().allSatisfy(ExamCellLines.isBareCount) { return first }
        }
        return nil
    }

    /// Whether a header cell of `table` names column `column` the categories' (`区分`, `試験区分`).
    static func headsCategories(_ table: Table, column: Int) -> Bool {
        table.rows.prefix(table.headerRowCount).contains { row in
            guard row.indices.contains(column), case let text = Normalized.compact(row[column].text) else { return false }
            return text.hasSuffix("区分") && text.count <= 4
        }
    }

    /// Whether `text` (normalised) is a category holding a track word after a qualifier
    /// (`一般事務`, `研究推進事務`, `研究技術支援`): a track's label names its track first (`事務系`,
    /// `事務職`, `技術（土木）`) or says 系 (`総合職事務系`), so a name that does neither labels no track.
    /// Such a name may say its level in brackets (`一般事務（高卒）`, `ExamBracketLevel`): a label
    /// names its level in its own words (`高卒程度`), a category after its name.
    static func isQualifiedName(_ text: String) -> Bool {
        Track(label: text) != .other && !ExamGrid.namesTrack(text) && (!trackWords.contains { text.hasPrefix($0) } || opensForApplicants(text))
            // (A kanji numeral inside a word is no figure: `一般事務`'s `一`.)
            && ExamBreakdownParser.looksLikeCategory(Substring(text)) && !text.contains(where: { $0.isASCII && $0.isNumber })
            && (ExamBreakdownParser.level(named: text) == nil || ExamBracketLevel.level(of: text) != nil)
    }

    /// The words `Track` reads a track from.
    private static let trackWords = ["事務", "技術", "理工"]

    /// Words for whom an exam is held apart (`障がい者対象`, `社会人経験者`, `UIJターン枠`).
    static let applicantWords = ["対象", "枠", "経験者", "限定", "選考"]

    /// `事務（障がい者対象）`: a track word and, in brackets, whom the exam is held for: an exam's
    /// category, as the track's own label never says.
    static func opensForApplicants(_ text: String) -> Bool {
        guard text.hasSuffix(")"), let open = text.firstIndex(of: "("), trackWords.contains(String(text[..<open])) else { return false }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        return applicantWords.contains { inner.hasSuffix($0) }
    }

    /// Whether `text` (normalised), right of the row's track label `label` (if any), is a category.
    /// The `…職` form of a name is one too (`事務職`, `学校事務職` beside `土木職`): the label
    /// it would repeat is the cell to its left, already told apart by `label`.
    static func isName(_ text: String, beside label: String?) -> Bool {
        // (A name saying its level in brackets, `理工・生物系（大学院修了）`, is no track's label.)
        Track(label: text) != .other && text != label.map(Normalized.compact) && (!ExamGrid.namesTrack(text) || ExamBracketLevel.level(of: text) != nil)
            && ExamBreakdownParser.looksLikeCategory(Substring(text)) && !text.contains(where: \.isNumber)
            && (ExamBreakdownParser.level(named: text) == nil || ExamBracketLevel.level(of: text) != nil)
    }

    /// A bare track label, or a track's label with its scope in brackets after it
    /// (`技術系（情報システム）`, `技術系（審査・安全）`): a label set once beside the rows it
    /// spans is often the track's full name. Only a label saying 系 takes a scope: a track
    /// word with a bracket (`事務（キャリア）`) is as often a category.
    static func isScopedTrackLabel(_ text: String) -> Bool {
        if isTrackLabel(text) { return true }
        guard text.hasSuffix(")"), let open = text.firstIndex(of: "("), case let base = String(text[..<open]),
            ExamGrid.namesTrack(base), isTrackLabel(base)
        else { return false }
        return ExamBreakdownParser.level(named: text) == nil && !text.contains(where: \.isNumber)
    }
}
