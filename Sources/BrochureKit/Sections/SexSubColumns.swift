/// Years down, each track a header cell over a group of sub-columns by sex (`事務系` over
/// `男性 | 女性 | 計`, then `技術系` and `合計` over the same three): the head count is the
/// group's `計` column, the women its `女性` column, and the men's column is read for nothing.
///
/// Read as one label per column, the track joins only the sub-column its cell happens to sit
/// over (a label centred on its group lands in the middle one, `女性`), so no count column is
/// named and the table gives nothing. The groups are found by the sub-header alone: a run of
/// sex labels closed by its sum, the same kinds in each group. Each group then takes the one
/// track named in the rows above over any of its columns; every group must name its own.
enum SexSubColumns {
    /// What a sub-column of a group counts.
    private enum Kind: Equatable { case men, women, sum }

    /// The roles of the columns (each group's `計` column its track, the rest `.unknown`) and
    /// each count column → its women's column, for the `header` rows of a table whose body
    /// starts after them; nil unless the last header row holds two or more groups of sex
    /// sub-columns, each with a sum and a women's column, under distinct tracks.
    static func columns(under header: [[Table.Cell]]) -> (roles: [ColumnRole], women: [Int: Int], labels: [Int: String])? {
        guard header.count >= 2, let sub = header.last else { return nil }
        var groups: [[(kind: Kind, column: Int)]] = []
        var open: [(kind: Kind, column: Int)] = []
        for (c, cell) in sub.enumerated() {
            guard let kind = Self.kind(cell.text) else {
                if !open.isEmpty { groups.append(open) }
                open = []
                continue
            }
            // A kind met again opens the next group; the sum closes its group.
            if open.contains(where: { $0.kind == kind }) {
                groups.append(open)
                open = []
            }
            open.append((kind, c))
            if kind == .sum {
                groups.append(open)
                open = []
            }
        }
        if !open.isEmpty { groups.append(open) }
        guard groups.count >= 2, groups.allSatisfy({ g in g.contains { $0.kind == .sum } && g.contains { $0.kind == .women } }) else { return nil }
        var roles = Array(repeating: ColumnRole.unknown, count: sub.count)
        var women: [Int: Int] = [:]
        var labels: [Int: String] = [:]
        var taken: [ColumnRole] = []
        for group in groups {
            let span = group.map(\.column).min()!...group.map(\.column).max()!
            // The tracks named over the group: cells of the upper rows covering any of its columns.
            var named: [(role: ColumnRole, text: String)] = []
            for row in header.dropLast() {
                for (c, cell) in row.enumerated() where (c...(c + max(cell.columnSpan, 1) - 1)).overlaps(span) {
                    let role = ColumnRole(label: cell.text)
                    if [.administrative, .technical, .total].contains(role), !named.contains(where: { $0.role == role }) { named.append((role, cell.text)) }
                }
            }
            guard named.count == 1, let track = named.first, !taken.contains(track.role),
                let sum = group.first(where: { $0.kind == .sum })?.column, let her = group.first(where: { $0.kind == .women })?.column
            else { return nil }
            taken.append(track.role)
            roles[sum] = track.role
            women[sum] = her
            labels[sum] = track.text
        }
        return (roles, women, labels)
    }

    /// `男性` / `男`, `女性` / `女`, `計` / `男女計` / `合計`: the kind of a sub-column's label.
    private static func kind(_ raw: String) -> Kind? {
        switch Normalized.compact(raw) {
        case "男性", "男": .men
        case "女性", "女", "うち女性": .women
        case "計", "男女計", "合計", "小計": .sum
        default: nil
        }
    }
}
