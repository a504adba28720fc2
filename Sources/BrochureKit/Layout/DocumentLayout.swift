/// Every page of a document laid out, with running headers and footers marked.
public struct DocumentLayout: Sendable, Codable {
    public var schemaVersion: Int = 1
    public var source: String
    public var info: DocumentInfo
    public var pages: [PageLayout]

    public init(source: String, info: DocumentInfo, pages: [PageLayout]) {
        self.source = source
        self.info = info
        self.pages = pages
    }

    /// Lays out every page of `document` (or the pages selected), on `threads` threads.
    ///
    /// Each thread holds one page's glyphs at a time. `threads` nil means the CPUs the process
    /// may use; give 1 when the caller runs several documents side by side.
    public static func make(
        _ document: PDFDocument, pages selection: ClosedRange<Int>? = nil, engine: LayoutEngine = LayoutEngine(),
        threads: Int? = nil
    ) throws(ExtractionError) -> DocumentLayout {
        try make(document, pages: selection, engine: engine, threads: threads) { ($0, ()) }.layout
    }

    /// The layout with each page as `keep` keeps it (beside what `keep` reads from the whole
    /// page), `keep` run as soon as a page is laid out, again when it is laid out anew.
    ///
    /// Running furniture is marked on the pages kept, so `keep` must leave whole every block
    /// that could be furniture (`RunningFurniture.mayMark`) and the box and kind of the others.
    static func make<Extra>(
        _ document: PDFDocument, pages selection: ClosedRange<Int>? = nil, engine: LayoutEngine = LayoutEngine(),
        threads: Int? = nil, keep: (PageLayout) -> (PageLayout, Extra)
    ) throws(ExtractionError) -> (layout: DocumentLayout, extras: [Extra]) {
        var kept: [(PageLayout, Extra)] = []
        if document.pageCount > 0 {
            let range = selection ?? 1...document.pageCount
            // A page past the end fails before any worker starts.
            if range.upperBound > document.pageCount { _ = try document.page(range.upperBound) }
            if range.lowerBound < 1 { _ = try document.page(range.lowerBound) }
            kept = try ParallelPageLayout(engine: engine, threads: threads ?? ParallelWork.availableProcessors)
                .layout(document, pages: Array(range), keep: keep)
        }
        var pages = kept.map(\.0)
        var extras = kept.map(\.1)
        kept = []
        guard pages.contains(where: \.hasText) else {
            throw .noTextLayer(path: document.displayName, pageCount: document.pageCount)
        }
        RunningFurniture.mark(&pages)
        // Pages with tabs down their edge, laid out again with the tabs read last.
        var relaid = false
        for p in pages.indices {
            let tabs = EdgeTabs.boxes(on: pages[p])
            guard !tabs.isEmpty else { continue }
            (pages[p], extras[p]) = keep(engine.layout(try document.page(pages[p].number), tabs: tabs))
            relaid = true
        }
        if relaid { RunningFurniture.mark(&pages) }
        return (DocumentLayout(source: document.displayName, info: document.info, pages: pages), extras)
    }
}
