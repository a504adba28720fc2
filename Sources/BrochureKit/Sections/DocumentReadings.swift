/// What the extractor reads from every page of a layout: its sections' parts, the edition,
/// the unmapped-text and overlaid-text warnings and the evidence of its publisher.
///
/// Read so that no page outlives its reading: each page's own readings (`PageReadings`) are
/// taken when it is laid out, and the segmenter lets each page go once it has read it (all but
/// the first, whose cover is read last), adding the names weighted by the kinds furniture
/// marking gave. A long
/// document's peak is then its pages or its parts, not both (BENCHMARKS.md, thirty-third
/// session). The result is the same as reading the whole layout one reader after another.
struct DocumentReadings: Sendable {
    var parts: [SectionSegmenter.Part]
    var edition: BrochureDocument.Edition?
    var unmapped: ExtractionWarning?
    var overlaid: ExtractionWarning?
    var publisher: OrganizationFinder.Evidence

    /// The readings of a whole layout: each page read on `threads` threads, then segmented.
    static func read(_ layout: consuming DocumentLayout, threads: Int) -> DocumentReadings {
        let readings = readings(of: layout, threads: threads)
        return read(ExtractionLayout(layout: consume layout, readings: readings), threads: threads)
    }

    /// Each page's readings, taken on `threads` threads.
    private static func readings(of layout: DocumentLayout, threads: Int) -> [PageReadings] {
        ParallelWork.map(count: layout.pages.count, threads: threads) { PageReadings(layout.pages[$0]) }
    }

    /// The readings of a layout whose pages were read as they were laid out; each page is let
    /// go as soon as the segmenter has read it. What the segmenter asks of each block alone
    /// is worked out on `threads` threads first (`SegmenterPage`).
    static func read(_ laidOut: consuming ExtractionLayout, threads: Int) -> DocumentReadings {
        let readings = laidOut.readings
        var pages = (consume laidOut).layout.pages
        // (The first page is kept: the edition and the publisher read its cover. One page.)
        var first: PageLayout? = nil
        var scores: [String: Int] = [:]
        let parts = SectionSegmenter(threads: threads).segment(releasing: &pages) { index, page in
            if index == 0 { first = page }
            OrganizationFinder.count(readings[index].names, on: page, into: &scores)
        }
        let publisher = OrganizationFinder.Evidence(first: first, scores: scores)
        return DocumentReadings(
            parts: parts, edition: EditionFinder.find(pages: readings.map(\.dates), first: first),
            unmapped: UnmappedText.warning(counts: readings.map(\.unmapped)),
            overlaid: OverlaidText.warning(counts: readings.map { ($0.unmapped.page, $0.overlaid) }), publisher: publisher)
    }
}
