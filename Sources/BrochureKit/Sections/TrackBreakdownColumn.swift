/// Each year's tracks told in one cell beside its total (`採用者数 | 内訳` over `10（3） |
/// 事務4（2）・技術6（1）`): one column per track, the total's column named as the total.
///
/// Read as printed, the breakdown is one cell of text with no role, and the figures column
/// is headed by a word (`採用者数`) that names no total, so no year gave a track. The cell's
/// parts must name the same tracks in the same order on every body row, each with its count;
/// the column whose counts are every row's parts' sum is their total.
enum TrackBreakdownColumn {
    /// `table` with its breakdown column split into one column per track, its total column's
    /// header cell saying `計`; `table` itself when no column is such a breakdown.
    static func expanded(_ table: Table) -> Table {
        let header = table.headerRowCount
        guard header >= 1, table.rows.count - header >= 2, table.rows.allSatisfy({ $0.count == table.columns.count }) else { return table }
        for c in table.columns.indices {
            let parts = table.rows[header...].map { Self.parts(of: $0[c].text) }
            guard let first = parts.first ?? nil, case let labels = first.map({ $0.label }), parts.allSatisfy({ $0?.map({ $0.label }) == labels }) else { continue }
            let roles = first.map { ColumnRole(label: $0.label) }
            guard roles.count == 2, Set(roles) == Set<ColumnRole>([.administrative, .technical]) else { continue }
            var result = table
            result.columns.replaceSubrange(c...c, with: Array(repeating: table.columns[c], count: first.count))
            for r in table.rows.indices {
                let cell = table.rows[r][c]
                let cells: [Table.Cell] = r >= header
                    ? parts[r - header]!.map { Table.Cell(text: $0.count, box: cell.box) }
                    : first.map { Table.Cell(text: r == header - 1 ? $0.label : "", box: cell.box) }
                result.rows[r].replaceSubrange(c...c, with: cells)
            }
            // The total: the other column whose every body count is the row's parts' sum.
            let sums = parts.map { $0!.compactMap { (try? Headcount.parse($0.count))?.count }.reduce(0, +) }
            if let total = table.columns.indices.first(where: { t in
                t != c && zip(table.rows[header...], sums).allSatisfy { row, sum in (try? Headcount.parse(row[t].text))?.count == sum }
            }) {
                result.rows[header - 1][total > c ? total + first.count - 1 : total].text = "計"
                result.rows[header - 1][total > c ? total + first.count - 1 : total].lines = []
            }
            return result
        }
        return table
    }

    /// `事務4（2）・技術6（1）` → `事務` `4（2）`, `技術` `6（1）`: a track's word and its count per
    /// part, the parts parted by `・`, `、` or `／` after a count (`4`, `4（2）`, `4名`); nil unless
    /// there are two or more.
    static func parts(of text: String) -> [(label: String, count: String)]? {
        let compact = Normalized.compact(text)
        var parts: [(label: String, count: String)] = []
        var label = "", count = ""
        for character in compact {
            if count.isEmpty, !(character.isASCII && character.isNumber) {
                label.append(character)
            } else if "・、/".contains(character), count.last.map({ $0.isNumber || ")名人".contains($0) }) == true {
                parts.append((label, count))
                (label, count) = ("", "")
            } else {
                count.append(character)
            }
        }
        parts.append((label, count))
        guard parts.count >= 2, parts.allSatisfy({ !$0.label.isEmpty && (try? Headcount.parse($0.count)) != nil }) else { return nil }
        return parts
    }
}
