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
        let unmarked = UnitNoteMark.stripped(compact)
        guard unmarked != compact, let parsed = try? Headcount.parse(unmarked) else { return 0 }
        return parsed.count
    }
}
