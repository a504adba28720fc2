/// Years down, each track a header cell over a plan column and an actual column (`事務職`
/// over `採用予定数 | 採用者数`, then `技術職` and `計` over the same two): the figures of a
/// year are its actual column's, those of a planned year its plan column's.
///
/// Past years' plans printed beside what was hired are decoys: read one label per column, the
/// track's cell sits over the plan column and the actual figures with their women go unread.
/// A year not hired yet has only a plan; its actual cells are dashes. So a planned row, or the
/// last row when all its actual cells are marks for none, reads the plan column.
enum PlanActualSubColumns {
    /// `table` with each track's pair of columns folded into one holding the figure each year
    /// counts; nil unless every group under the header holds one plan and one actual column.
    /// `headerRows` are the rows above the first year; `planned` says which rows are planned.
    static func folded(_ table: Table, headerRows: Int, planned: (Int) -> Bool) -> Table? {
        guard headerRows >= 2, headerRows <= table.rows.count,
            let groups = TrackSubColumnGroups.groups(under: Array(table.rows[..<headerRows]), kind: kind),
            groups.allSatisfy({ $0.kinds.count == 2 && Set($0.kinds) == ["plan", "actual"] })
        else { return nil }
        func column(_ group: TrackSubColumnGroups.Group, _ kind: String) -> Int { group.columns[group.kinds.firstIndex(of: kind)!] }
        let lastRow = table.rows.indices.last { r in r >= headerRows && !table.rows[r].allSatisfy { Normalized.compact($0.text).isEmpty } }
        // A last row not hired yet: every actual cell blank or a mark for none.
        let unhired = lastRow.map { r in groups.allSatisfy { Headcount.noneMarks.contains(Normalized.compact(table.rows[r][column($0, "actual")].text)) } } ?? false
        return TrackSubColumnGroups.collapsed(table, groups: groups, headerRows: headerRows) { r, group in
            let plan = planned(r) || (unhired && r == lastRow)
            return table.rows[r][column(group, plan ? "plan" : "actual")]
        }
    }

    /// `plan` for a label of planned figures (`採用予定数`, `予定数`, `募集人数`), `actual` for
    /// one of the people hired (`採用者数`, `採用数`, `実績`), nil for anything else.
    static func kind(_ label: String) -> String? {
        if label.contains("予定") || label.contains("募集") { return "plan" }
        if label.contains("採用者") || label.contains("採用数") || label.contains("実績") { return "actual" }
        return nil
    }
}
