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
    /// The roles of the columns (each group's `計` column its track, the rest `.unknown`) and
    /// each count column → its women's column, for the `header` rows of a table whose body
    /// starts after them; nil unless the last header row holds two or more groups of sex
    /// sub-columns, each with a sum and a women's column, under distinct tracks.
    /// (The groups are `TrackSubColumnGroups`', a sum closing its group.)
    static func columns(under header: [[Table.Cell]]) -> (roles: [ColumnRole], women: [Int: Int], labels: [Int: String])? {
        guard let sub = header.last,
            let groups = TrackSubColumnGroups.groups(under: header, kind: kind, closes: { $0 == "sum" }), groups.count >= 2
        else { return nil }
        var roles = Array(repeating: ColumnRole.unknown, count: sub.count)
        var women: [Int: Int] = [:]
        var labels: [Int: String] = [:]
        for group in groups {
            guard let sum = group.kinds.firstIndex(of: "sum"), let her = group.kinds.firstIndex(of: "women") else { return nil }
            roles[group.columns[sum]] = group.role
            women[group.columns[sum]] = group.columns[her]
            labels[group.columns[sum]] = group.label
        }
        return (roles, women, labels)
    }

    /// `男性` / `男`, `女性` / `女`, `計` / `男女計` / `合計`: the kind of a sub-column's label.
    private static func kind(_ label: String) -> String? {
        switch label {
        case "男性", "男": "men"
        case "女性", "女", "うち女性": "women"
        case "計", "男女計", "合計", "小計": "sum"
        default: nil
        }
    }
}
