/// A count cell of an assignments table, read as its headcount with a footnote mark glued
/// after the figure (`3＊3`, `4※`, `2*`) dropped.
///
/// A table whose note under it explains one unit's figure marks that figure, not the unit's
/// name (`ITシステム部 | － | 3＊3`). Read as printed the cell is no headcount and the unit
/// seems to have placed no one; the mark is the one a unit's name may end in (`UnitNoteMark`),
/// so the same signs are dropped. A cell that reads as a count already is taken as it is.
enum AssignmentCountCell {
    /// The count `text` gives; 0 for a none mark (`－`), an empty cell or no count at all.
    static func count(_ text: String) -> Int {
        if let parsed = try? Headcount.parse(text) { return parsed.count }
        let compact = Normalized.compact(text)
        // (`各1`: each of the units the row names, `eachUnit`.)
        if let each = eachCount(compact) { return each }
        let unmarked = UnitNoteMark.stripped(compact)
        guard unmarked != compact, let parsed = try? Headcount.parse(unmarked) else { return 0 }
        return parsed.count
    }

    /// The count a cell gives each of its row's units (`各1`, `各2名`), or nil.
    static func eachCount(_ compact: String) -> Int? {
        guard compact.hasPrefix("各"), let parsed = try? Headcount.parse(String(compact.dropFirst())) else { return nil }
        return parsed.count
    }

    /// The units a row names when a count of it is given to each (`税務課・住民課 | 各1 | －`):
    /// two units or more joined by `・` or `、`, each placing that many. Nil for one unit, or
    /// when no count cell says `各`: a unit's own name may hold a `・` (`環境・保健研究部`).
    static func eachUnit(_ unit: String, counts: [String]) -> [String]? {
        guard counts.contains(where: { eachCount(Normalized.compact($0)) != nil }) else { return nil }
        let names = unit.split(whereSeparator: { $0 == "・" || $0 == "、" }).map(String.init)
        return names.count >= 2 ? names : nil
    }
}
