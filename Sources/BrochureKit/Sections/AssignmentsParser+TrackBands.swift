extension AssignmentsParser {
    /// `rows` with a unit listed once under each track's band (`【事務系】` … `企画課 | 1`, then
    /// `【技術系】` … `企画課 | 1`) as one row holding both counts: one unit posted both tracks,
    /// as a table with a column per track gives it. Only rows of one track each are joined: a
    /// unit named twice with both tracks' counts is left as printed.
    static func joiningTrackBands(_ rows: [AssignmentRecord.Row]) -> [AssignmentRecord.Row] {
        var result: [AssignmentRecord.Row] = []
        for row in rows {
            if let at = result.firstIndex(where: { $0.unit == row.unit }),
                (result[at].technical == 0 && row.administrative == 0) || (result[at].administrative == 0 && row.technical == 0)
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
