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
        /// The first page's lines, compacted (a bureau named after its ministry: `subordinate`).
        var firstLines: [String] = []
        /// The first page's running header and footer, compacted: an office's brochure may name
        /// its agency before itself only there (`林野庁中部森林管理局職員採用案内`).
        var furnitureLines: [String] = []

        init(_ layout: DocumentLayout) {
            self.init(first: layout.pages.first, scores: OrganizationFinder.scores(layout))
        }

        /// The evidence of the first page with the counts taken over every page.
        init(first: PageLayout?, scores: [String: Int]) {
            coverTitle = CoverTitle.organization(first: first)
            titleNames = OrganizationFinder.titleNames(first: first)
            self.scores = scores
            firstLines = (first?.blocks ?? []).filter { !$0.isFurniture && $0.table == nil }.flatMap(\.lines).prefix(40).map { Normalized.compact($0.text) }
            furnitureLines = (first?.blocks ?? []).filter(\.isFurniture).flatMap(\.lines).prefix(8).map { Normalized.compact($0.text) }
        }
    }
}
