/// Columns a hiring table counts in its total under neither track (`技能`, `保健師`).
///
/// Local bodies hire a third group beside 事務 and 技術 (plant operators, public-health
/// nurses) and print it in a column of its own, counted in `計`. Left out, every total looks
/// wrong by that column's figure and the cross-check warns on a table that adds up. The label
/// rules out (a column naming the women, a part of a track or a route of hiring is none), the
/// arithmetic confirms: the columns are a third group only when, added to both tracks, they
/// give the total in every year that prints all three, and they count someone in one year at
/// least. A decoy beside the tracks (applicants, a ratio, last year's change) does not add up.
enum OtherTrackColumns {
    /// The columns (or, with years across, rows) that may hold a third group: named, of no
    /// role, and not the women or the men of another (`paired`). `first` is the first that can
    /// hold figures.
    static func candidates(_ labels: [String], roles: [ColumnRole], paired: Set<Int>, from first: Int) -> [Int] {
        guard roles.contains(.administrative), roles.contains(.technical), roles.contains(.total) else { return [] }
        return labels.indices.filter { i in
            guard i >= first, i < roles.count, roles[i] == .unknown, !paired.contains(i) else { return false }
            let label = Normalized.compact(labels[i])
            return !label.isEmpty && !notGroups.contains(where: label.contains)
        }
    }

    /// Words of a column that is no group of its own: the women, a share of the hires counted
    /// in a track already (`うち…`, `再掲`, `内数`), the level or route they were hired by (`大卒`,
    /// `社会人`), notes, or a field of the technical track (`建築` beside `技術（土木）`). A
    /// licensed profession set apart (`保健師`) or 技能 is a group the tracks leave out.
    static let notGroups = [
        "女", "うち", "再掲", "内数", "内訳", "大卒", "高卒", "短大", "院卒", "社会人", "経験者", "障害", "障がい", "備考", "注",
        "土木", "建築", "電気", "電子", "機械", "化学", "農", "林", "水産", "造園", "測量", "地質", "物理", "生物", "工学", "理工", "設備", "環境",
    ]

    /// The candidates' labels as one name (`技能`, `保健師・助産師`); nil without any.
    static func scope(_ labels: [String]) -> String? {
        labels.isEmpty ? nil : labels.map(Normalized.compact).joined(separator: "・")
    }

    /// The sum of one year's cells in the candidate columns, as read; nil when one holds no
    /// head count. Women only when every cell with people gives them.
    static func sum(_ cells: [CountWithWomen?]) -> CountWithWomen? {
        var total = CountWithWomen(count: 0, women: 0)
        for cell in cells {
            guard let cell else { return nil }
            total.count += cell.count
            total.women = total.women.flatMap { w in cell.women.map { w + $0 } ?? (cell.count == 0 ? w : nil) }
        }
        return total
    }

    /// `record` with its rows' `other` and its `otherScope` kept only when they add up as the
    /// type says, and dropped otherwise.
    static func kept(_ record: HiringRecord) -> HiringRecord {
        guard record.otherScope != nil else { return record }
        // The years that print the total and both tracks.
        let full = record.rows.filter { $0.total != nil && $0.administrative != nil && $0.technical != nil }
        let adds = full.count >= 2 && full.allSatisfy { row in
            guard let total = row.total, let admin = row.administrative, let tech = row.technical, let other = row.other else { return false }
            return admin.count + tech.count + other.count == total.count
        }
        if adds, full.contains(where: { ($0.other?.count ?? 0) > 0 }) { return record }
        var record = record
        for i in record.rows.indices { record.rows[i].other = nil }
        record.otherScope = nil
        return record
    }
}
