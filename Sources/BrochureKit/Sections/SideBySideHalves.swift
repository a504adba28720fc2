/// A table printed as halves side by side, each under the same header (`配属先 | 事務系 |
/// 技術系` twice), to fit a long list into a short, wide space: one table, its left half read
/// first.
///
/// The layout finds each half a table of its own, and a reader that takes the first table
/// of a section loses the rest. The halves start level with each other, each later one
/// wholly right of the one before, and their headers say the same; two tables one above the
/// other (two cohorts on one page) are not halves.
enum SideBySideHalves {
    static func continues(_ first: Table, headerRow a: Int, with second: Table, headerRow b: Int) -> Bool {
        guard first.rows.indices.contains(a), second.rows.indices.contains(b) else { return false }
        let lineHeight = first.rows[a].compactMap { $0.box?.height }.max() ?? 10
        return second.box.x0 >= first.box.x1 - 1 && abs(second.box.y0 - first.box.y0) <= lineHeight
            && headerText(first.rows[a]) == headerText(second.rows[b])
    }

    private static func headerText(_ row: [Table.Cell]) -> String {
        Normalized.compact(row.map(\.text).joined())
    }
}
