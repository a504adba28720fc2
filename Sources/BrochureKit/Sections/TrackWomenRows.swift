/// A hiring table with years across whose tracks each span two rows, head counts then women
/// (`事務系 | 採用数` over `(blank) | うち女性`): each track's count row paired with the women's
/// row under it.
///
/// A track cell spanning its two rows puts its text on one of them, so the women's row names
/// no track itself; read as a row of its own it would be a nameless row, and the women would be
/// lost. Only a row naming 女性 (not 男) and no track, right under a track's row, is taken, and
/// only when two tracks or more are set so: one such row alone is no pattern. (Two groups of
/// rows, all the head counts then all the women, are `WomenRowGroups`.)
enum TrackWomenRows {
    /// Each count row → the women's row under it (`rows` the body, years from column
    /// `firstYear` on), the women's rows given no track; first as `WomenRowGroups.pairs` reads
    /// them, then track by track.
    static func pairs(_ rows: [[Table.Cell]], firstYear: Int, roles: inout [ColumnRole]) -> [Int: Int] {
        let grouped = WomenRowGroups.pairs(rows, firstYear: firstYear, roles: &roles)
        guard grouped.isEmpty, firstYear >= 1 else { return grouped }
        let tracks: [ColumnRole] = [.administrative, .technical, .total]
        var found: [Int: Int] = [:]
        // A count row naming a sex (`事務系 | 男` over `(blank) | 女`) holds the men only: `SexSubRows`.
        for r in rows.indices.dropLast() where r < roles.count && tracks.contains(roles[r])
            && !Normalized.compact(rows[r].prefix(firstYear).map(\.text).joined()).contains(where: { "男女".contains($0) }) {
            let label = Normalized.compact(rows[r + 1].prefix(firstYear).map(\.text).joined())
            guard label.contains("女"), !label.contains("男"), ColumnRole(label: label.replacingOccurrences(of: "女性", with: "")) == .unknown,
                !label.contains(where: { $0.isASCII && $0.isNumber })
            else { continue }
            found[r] = r + 1
        }
        guard found.count >= 2 else { return [:] }
        for women in found.values { roles[women] = .unknown }
        return found
    }
}
