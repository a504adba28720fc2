extension OrganizationFinder {
    /// What the publisher is found from in the layout: the cover's title, the names in its
    /// largest line, and every known name counted over the document.
    ///
    /// Taken before the sections are parsed, so the extractor can let the pages go then and
    /// hold only the blocks its sections read (BENCHMARKS.md, seventeenth session). The counts
    /// were read only when no e-mail domain names the publisher; they are cheap beside the
    /// layout they are read from.
    struct Evidence: Sendable {
        var coverTitle: String?
        var titleNames: [String]
        var scores: [String: Int]

        init(_ layout: DocumentLayout) {
            coverTitle = CoverTitle.organization(layout)
            titleNames = OrganizationFinder.titleNames(layout)
            scores = OrganizationFinder.scores(layout)
        }
    }
}
