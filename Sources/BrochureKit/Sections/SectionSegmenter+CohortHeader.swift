extension SectionSegmenter {
    /// The section a table's first header cell names after the year of its cohort
    /// (`2025年度入社者の配属` over the units of a table set beside the hiring table, with no
    /// heading of its own).
    ///
    /// `sectionOpening` wants a section's words first, as a heading is set; a header cell
    /// starts with whose units it counts. A Western year opening it is that cohort, no
    /// numbering, and the words after it name the section.
    static func cohortHeaderOpening(_ text: String) -> SectionKind? {
        guard SectionNameInTableBody.opensWithYear(text) else { return nil }
        return SectionKind.opened(by: text)
    }
}
