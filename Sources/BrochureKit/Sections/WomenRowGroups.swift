/// A hiring table with years across whose rows come in two groups naming the same tracks: the
/// head counts (`採用者数` over `事務系` / `技術系` / `合計`), then the women among them (`うち女性`
/// over the same three). With years down, the same groups are columns under a two-row header.
///
/// Each group's label is a cell spanning its rows (or columns), so it sits on any one of them;
/// the groups are told apart by the tracks alone, a group ending where a track it already has
/// comes again (as in `LongFormatHiring`). With years down, each year may instead span a
/// head-count sub-row and a women's sub-row of its own (`subRows`).
enum WomenRowGroups {
    /// For the `header` rows of a table with years down: each head-count column → the women's
    /// column of the same track, the roles set as `pairs` sets them. A column's label is its
    /// header cells top to bottom, so the upper row's group name joins one of its columns.
    static func columns(under header: [[Table.Cell]], roles: inout [ColumnRole]) -> [Int: Int] {
        let width = header.map(\.count).min() ?? 0
        guard !header.isEmpty, width == roles.count else { return [:] }
        return pairs((0..<width).map { c in header.map { $0[c] } }, firstYear: header.count, roles: &roles)
    }

    /// For the body rows of a table with years across (`rows`, years from column `firstYear`
    /// on): each head-count row → the women's row of the same track, and the roles of the
    /// rows (the count rows their track, the women's rows none). Empty unless there are two
    /// groups of the same two or more tracks and only the second names 女性.
    static func pairs(_ rows: [[Table.Cell]], firstYear: Int, roles: inout [ColumnRole]) -> [Int: Int] {
        guard firstYear >= 1 else { return [:] }
        let labels = rows.map { Normalized.compact($0.prefix(firstYear).map(\.text).joined()) }
        let tracks: [ColumnRole] = [.administrative, .technical, .total]
        let found = labels.map { ColumnRole(label: $0.replacingOccurrences(of: "女性", with: "")) }
        let groups = LongFormatHiring.groups(found)
        guard groups.count == 2 else { return [:] }
        let women = groups.map { group in group.contains { labels[$0].contains("女性") && !labels[$0].contains("男") } }
        guard women == [false, true] else { return [:] }
        func byTrack(_ group: [Int]) -> [String: Int] {
            Dictionary(group.filter { tracks.contains(found[$0]) }.map { ("\(found[$0])", $0) }, uniquingKeysWith: { a, _ in a })
        }
        let counts = byTrack(groups[0])
        let womenRows = byTrack(groups[1])
        guard counts.count >= 2, Set(counts.keys) == Set(womenRows.keys) else { return [:] }
        var result: [Int: Int] = [:]
        for (track, row) in counts {
            roles[row] = found[row]
            roles[womenRows[track]!] = .unknown
            result[row] = womenRows[track]
        }
        return result
    }

    /// Each year's row → the women's row right under it, with years down and each year over
    /// a head-count sub-row (`採用者数`) and a women's sub-row (`うち女性`): a row naming no year
    /// (the year is a cell spanning both, its text on the first) whose label cells (those
    /// before `firstFigure`) say 女性 and not 男. Empty unless two years or more have one, so
    /// a stray 女性 row is no pattern. A women's row of dashes (`－`, the planned year's)
    /// gives no women: they are unknown, not 0.
    static func subRows(_ rows: [[Table.Cell]], years: [YearLabel?], firstFigure: Int) -> [Int: Int] {
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
    static func joinedSubRow(_ counts: [Table.Cell], women: [Table.Cell], roles: [ColumnRole]) -> (cells: [Table.Cell], roles: [ColumnRole], women: [Int: Int]) {
        let width = counts.count
        let pairs = Dictionary(uniqueKeysWithValues: roles.indices.filter { $0 < women.count }.map { ($0, $0 + width) })
        return (counts + women, roles + women.map { _ in .unknown }, pairs)
    }
}
