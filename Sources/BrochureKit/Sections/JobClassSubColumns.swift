/// Years down, each track a header cell over sub-columns by job class or level (`事務系` over
/// `総合職 | 一般職`, `技術系` over the same two) with no track total printed: the track's count
/// is the sum of its sub-columns.
///
/// Read one label per column, the track's cell names only the sub-column it sits over, so the
/// track counts one class and the total stops adding up. Only labels of classes and levels
/// make such a group: sex, plan and actual sub-columns are not parts to add.
enum JobClassSubColumns {
    /// `table` with each track's class sub-columns folded into one holding their sum (the
    /// women summed too when every filled cell gives them); nil when there is no such group or
    /// a body cell of one is no count.
    /// (`kind` names the sub-labels that make a group: job classes unless told otherwise.)
    static func summed(_ table: Table, headerRows: Int, kind: (String) -> String? = kind) -> Table? {
        guard headerRows >= 2, headerRows <= table.rows.count,
            let groups = TrackSubColumnGroups.groups(under: Array(table.rows[..<headerRows]), kind: kind)
        else { return nil }
        var sums: [Int: [Int: Table.Cell]] = [:]
        for r in table.rows.indices.dropFirst(headerRows) {
            for group in groups {
                guard let sum = sum(group.columns.map { table.rows[r][$0] }) else { return nil }
                sums[r, default: [:]][group.columns[0]] = sum
            }
        }
        return TrackSubColumnGroups.collapsed(table, groups: groups, headerRows: headerRows) { r, group in
            sums[r]?[group.columns[0]] ?? table.rows[r][group.columns[0]]
        }
    }

    /// One cell holding the sum of `cells`' counts (`3（1）` and `2（0）` → `5（1）`), the women
    /// summed only when every filled cell gives them; the first cell when none is filled, and
    /// nil when a filled one is no count.
    static func sum(_ cells: [Table.Cell]) -> Table.Cell? {
        let filled = cells.filter { !Headcount.noneMarks.contains(Normalized.compact($0.text)) }
        var counts: [Headcount] = []
        for cell in filled {
            guard let count = try? Headcount.parse(cell.text) else { return nil }
            counts.append(count)
        }
        let heads = counts.map(\.count).reduce(0, +)
        let women = counts.isEmpty || counts.contains { $0.women == nil } ? nil : counts.compactMap(\.women).reduce(0, +)
        let text = filled.isEmpty ? cells[0].text : women.map { "\(heads)（\($0)）" } ?? "\(heads)"
        return Table.Cell(text: text, box: Rect.enclosing(cells.compactMap(\.box)), lines: [text])
    }

    /// The job classes and levels a track is split by.
    static let classes: Set<String> = [
        "総合職", "一般職", "専門職", "特定職", "技能職", "技能労務職", "研究職", "大卒", "院卒", "短大卒", "高卒", "大卒程度", "高卒程度",
        "短大卒程度", "大学卒業程度", "高校卒業程度", "短大卒業程度", "大学院卒", "上級", "中級", "初級", "経験者", "社会人",
    ]

    /// The class itself when `label` is one, else nil.
    static func kind(_ label: String) -> String? { classes.contains(label) ? label : nil }
}
