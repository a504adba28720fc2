/// A document laid out for `extract`, with what is read of each page beside its sections
/// (`PageReadings`) taken as the page was laid out.
///
/// `BrochureExtractor.extract(_:layout:threads:)` lets the pages go one by one as the
/// segmenter reads them, so a long document's pages are never all alive beside its sections'
/// parts (BENCHMARKS.md, thirty-third session).
public struct ExtractionLayout: Sendable {
    var layout: DocumentLayout
    /// One per page of `layout`, in its order.
    var readings: [PageReadings]

    /// Lays out every page of `document` (or the pages selected) on `threads` threads, reading
    /// each page as it is laid out.
    public static func make(
        _ document: PDFDocument, pages selection: ClosedRange<Int>? = nil, engine: LayoutEngine = LayoutEngine(),
        threads: Int? = nil
    ) throws(ExtractionError) -> ExtractionLayout {
        let (layout, readings) = try DocumentLayout.make(document, pages: selection, engine: engine, threads: threads) {
            ($0, PageReadings($0))
        }
        return ExtractionLayout(layout: layout, readings: readings)
    }
}
