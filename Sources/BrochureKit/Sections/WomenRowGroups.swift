/// A hiring table with years across whose rows come in two groups naming the same tracks: the
/// head counts (`採用者数` over `事務系` / `技術系` / `合計`), then the women among them (`うち女性`
/// over the same three). With years down, the same groups are columns under a two-row header.
///
/// Each group's label is a cell spanning its rows (or columns), so it sits on any one of them;
/// the groups are told apart by the tracks alone, a group ending where a track it already has
/// comes again (as in `LongFormatHiring`).
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
}
