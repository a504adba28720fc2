extension SectionSegmenter {
    /// The heading a table gives itself in its corner cell, over its label column
    /// (`2025年度入社者の配属 | 事務系 | 技術系`): the cohort whose placements the table counts.
    ///
    /// A table set beside another under one heading (the hiring figures and the latest
    /// cohort's placements side by side under `新卒採用者数`) may title itself only there. A
    /// corner cell naming a cohort (`AssignmentsParser.cohortYear`) and where it was placed
    /// (`配属`), over a header of track columns, is that title; a hiring table's corner
    /// (`入社年度`) names no cohort, and the section heading words (`sectionOpening`) are
    /// asked first.
    static func cohortCorner(_ table: Table) -> String? {
        guard let row = table.rows.first, let corner = row.first, corner.text.contains("配属"),
            AssignmentsParser.cohortYear(in: corner.text) != nil,
            row.dropFirst().contains(where: { Track(label: Normalized.compact($0.text)) != .other })
        else { return nil }
        return corner.text
    }
}
