/// What `extract` reads of one page besides its sections: its unmapped-text count, its dates
/// and the known names its blocks give.
///
/// Taken on the thread that lays the page out, as soon as it is laid out, so the segmenter
/// can let each page go once it has read it: no reader needs every page whole afterwards
/// (BENCHMARKS.md, thirty-third session). None of it depends on running furniture, which is
/// marked later; the names are weighted by their blocks' kinds only once it is.
struct PageReadings: Sendable {
    var unmapped: UnmappedText.Count
    var dates: EditionFinder.PageDates
    var names: [OrganizationFinder.NamedBlock]
    /// Glyphs over glyphs of other characters (`OverlaidText`).
    var overlaid: Int

    init(_ page: PageLayout) {
        unmapped = UnmappedText.count(page)
        dates = EditionFinder.PageDates(page)
        names = OrganizationFinder.namedBlocks(page)
        overlaid = page.overlaidGlyphs
    }
}
