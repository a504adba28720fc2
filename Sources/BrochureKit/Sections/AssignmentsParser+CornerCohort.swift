extension AssignmentsParser {
    /// The cohort named in the header row's label cell, the corner over the units
    /// (`2025年度入社者の配属 | 事務系 | 技術系`): a table that titles itself there needs no
    /// heading, and no other line names whose placements it counts.
    ///
    /// Only the cells left of the first track column are read: a track's header names no
    /// cohort, and a year there would be a column of years.
    static func cornerCohortYear(_ table: Table, header headerIndex: Int, roles: [ColumnRole]) -> Int? {
        guard table.rows.indices.contains(headerIndex), let first = roles.firstIndex(where: { $0 == .administrative || $0 == .technical })
        else { return nil }
        return table.rows[headerIndex].prefix(first).lazy.compactMap { cohortYear(in: $0.text) }.first
    }
}
