/// Groups set as headings over a two-level list: the 課 under a `■部` line are units by
/// their own names.
///
/// A count-less line over indented entries is their group, and a bulleted one (`●総務部` over
/// `・人事課　事務系2名`) is the list's first level: the unit is named with it. A line opening
/// with a square or diamond mark (`■総務部`) is a heading set over the list instead, as a
/// section's title is: it sorts the units it heads and names none of them, each 課 under it is
/// the unit by its printed name (`人事課 ⋯ 3名（事務）`). Only while that name stays unique: two
/// 課 of one name under different headings (`総務課` of two 部) are told apart by them.
extension BulletedAssignments {
    /// The marks that set a group line as a heading over the list (`■総務部`).
    static let headingMarks = "■□◆◇"

    /// Whether the group line `raw` opens with a heading's mark.
    static func isHeadingGroup(_ raw: String) -> Bool {
        Normalized.compact(raw).first.map { headingMarks.contains($0) } == true
    }

    /// `rows` with the heading prefixed to each unit in `headings` (the heading each row was
    /// named with, nil for none) taken off again, wherever the bare name is no other row's.
    static func unheaded(_ rows: [AssignmentRecord.Row], headings: [String?]) -> [AssignmentRecord.Row] {
        guard headings.contains(where: { $0 != nil }) else { return rows }
        let bare = zip(rows, headings).map { row, heading in
            heading.map { row.unit.hasPrefix($0) && row.unit.count > $0.count ? String(row.unit.dropFirst($0.count)) : row.unit } ?? row.unit
        }
        var uses: [String: Int] = [:]
        for name in bare { uses[name, default: 0] += 1 }
        return zip(rows, bare).map { row, name in
            guard uses[name] == 1 else { return row }
            var row = row
            row.unit = name
            return row
        }
    }
}
