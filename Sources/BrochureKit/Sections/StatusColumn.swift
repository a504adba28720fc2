/// A column of a hiring table that says only what each year's figures are: `区分` over `実績`,
/// `実績`, …, `予定`. The year's label carries no mark then; the plan is said beside it.
///
/// A column counts only when every year's cell in it is one such word, at least one says a
/// plan and one an actual count (`実績`, `確定`): a column of names, or a plan said on every
/// row, is nothing of the kind.
enum StatusColumn {
    /// The words for the figures of a past year.
    static let actualWords: Set<String> = ["実績", "実績値", "確定", "確定値"]

    /// `years` with each row's plan taken from the status column, or nil without one.
    static func marked(_ table: Table, years: [YearLabel?]) -> [YearLabel?]? {
        let yearRows = years.indices.filter { years[$0] != nil && $0 < table.rows.count }
        guard yearRows.count >= 2 else { return nil }
        let width = yearRows.map { table.rows[$0].count }.min() ?? 0
        for column in 1..<max(width, 1) {
            let says = yearRows.map { Self.status(table.rows[$0][column].text) }
            guard says.allSatisfy({ $0 != nil }), says.contains(true), says.contains(false) else { continue }
            var marked = years
            for (r, planned) in zip(yearRows, says) { marked[r]?.planned = planned ?? false }
            return marked
        }
        return nil
    }

    /// Whether a cell says planned (true), actual (false), or is no status word (nil).
    static func status(_ text: String) -> Bool? {
        let word = Normalized.compact(text)
        if actualWords.contains(word) { return false }
        // (`予定`, `予定数`, `見込み`, `計画`, `募集予定`: a short word saying a plan, not a sentence.)
        guard word.count <= 4, PlannedNote.says(word), !word.contains(where: \.isNumber) else { return nil }
        return true
    }
}
