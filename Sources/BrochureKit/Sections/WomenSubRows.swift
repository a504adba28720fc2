/// A hiring table with years down whose every year spans two sub-rows: the head counts
/// (`採用者数`) and, under them, the women among them (`うち女性`), the sub-row's name in a
/// column of its own between the years and the tracks.
///
/// The year's label sits on its first sub-row only (a spanning cell), so the women's row
/// names no year and would otherwise be dropped; read alone, the counts lose their women. A
/// women's row of dashes (`－`, the planned year's) gives no women: they are unknown, not 0.
enum WomenSubRows {
    /// Each year's row → the women's row right under it: a row naming no year whose label
    /// cells (those before `firstFigure`) say 女性 and not 男. Empty unless two years or more
    /// have one, so a stray 女性 row is no pattern.
    static func pairs(_ rows: [[Table.Cell]], years: [YearLabel?], firstFigure: Int) -> [Int: Int] {
        var found: [Int: Int] = [:]
        for r in rows.indices.dropLast() where years[r] != nil && years[r + 1] == nil {
            let label = Normalized.compact(rows[r + 1].prefix(firstFigure).map(\.text).joined())
            guard label.contains("女"), !label.contains("男"), !label.contains(where: { $0.isASCII && $0.isNumber }) else { continue }
            found[r] = r + 1
        }
        return found.count >= 2 ? found : [:]
    }

    /// One year's figures with its women's row after them: `cells` and `roles` doubled, the
    /// women's copy of each column naming no track, and each column's women column.
    static func joined(_ counts: [Table.Cell], women: [Table.Cell], roles: [ColumnRole]) -> (cells: [Table.Cell], roles: [ColumnRole], women: [Int: Int]) {
        let width = counts.count
        let pairs = Dictionary(uniqueKeysWithValues: roles.indices.filter { $0 < women.count }.map { ($0, $0 + width) })
        return (counts + women, roles + women.map { _ in .unknown }, pairs)
    }
}
