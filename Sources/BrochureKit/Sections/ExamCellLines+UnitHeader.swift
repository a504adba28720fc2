extension ExamCellLines {
    /// Whether a header cell heads a column of bare counts: it names the count (`人数`,
    /// `採用予定数`) or is only the counts' unit (`人`, `名`, `（人）`).
    ///
    /// A narrow count column may print its unit once in the header instead of after every
    /// figure (`区分 | 試験 | 職種 | 人` over `事務系 | 大学卒業程度 | 行政 | 4`); the figures
    /// under it count people as surely as under `人数`.
    static func headsCounts(_ text: String) -> Bool {
        namesCount(text) || isUnitAlone(text)
    }

    /// `人`, `名`, `(人)`, `(名)` (normalised): a unit of people and nothing else.
    static func isUnitAlone(_ text: String) -> Bool {
        var compact = Normalized.compact(text)
        if compact.first == "(", compact.last == ")", compact.count > 2 { compact = String(compact.dropFirst().dropLast()) }
        return compact == "人" || compact == "名"
    }
}
