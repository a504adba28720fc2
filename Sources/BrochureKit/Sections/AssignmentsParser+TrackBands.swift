extension AssignmentsParser {
    /// `rows` with a unit listed once under each track's band (`【事務系】` … `企画課 | 1`, then
    /// `【技術系】` … `企画課 | 1`) as one row holding both counts: one unit posted both tracks,
    /// as a table with a column per track gives it. Only a row of one track's count with a row of
    /// the other's are joined: a unit named twice with the same track's, or both tracks', counts
    /// is left as printed. (Two units of one name under two departments, one track each, would
    /// be joined too: the record has no department to tell them apart by.)
    static func joiningTrackBands(_ rows: [AssignmentRecord.Row]) -> [AssignmentRecord.Row] {
        var result: [AssignmentRecord.Row] = []
        for row in rows {
            if let at = result.firstIndex(where: { $0.unit == row.unit }),
                (result[at].administrative > 0 && result[at].technical == 0 && row.administrative == 0 && row.technical > 0)
                    || (result[at].technical > 0 && result[at].administrative == 0 && row.technical == 0 && row.administrative > 0)
            {
                result[at].administrative += row.administrative
                result[at].technical += row.technical
            } else {
                result.append(row)
            }
        }
        return result
    }
}
