/// A 職種別 table's track subtotals (`事務系 計`, `技術系 計`) chosen over the category rows
/// whose names merely contain the track's word (`学校事務`, `技術職（電気）`).
///
/// With categories down the side, a track's figures are its subtotal row: a category named
/// with the same word is one part of it. When a role is given to several rows and exactly one
/// of them is a sum row (its label ending in `計`), that row keeps the role and the others lose
/// it; a role held by one row, or by several with no sum among them, is left as it was.
enum SubtotalRows {
    /// `roles` with each track role held only by its subtotal row, when the labels name one.
    static func preferred(_ roles: [ColumnRole], labels: [String]) -> [ColumnRole] {
        guard roles.count == labels.count else { return roles }
        var result = roles
        for role in [ColumnRole.administrative, .technical] {
            let held = roles.indices.filter { roles[$0] == role }
            guard held.count >= 2 else { continue }
            let sums = held.filter { isSubtotal(labels[$0]) }
            guard sums.count == 1 else { continue }
            for i in held where i != sums[0] { result[i] = .unknown }
        }
        return result
    }

    /// `事務系計`, `事務系 小計`, `技術系合計`: a track's name followed by a word for its sum.
    static func isSubtotal(_ raw: String) -> Bool {
        let label = Normalized.compact(raw).replacingOccurrences(of: " ", with: "")
        return label.count > 1 && label.hasSuffix("計") && !label.hasSuffix("会計")
    }
}
