/// Runs what `brochure text` and `brochure extract` do on one PDF, stage by stage, and times
/// each stage: the data for choosing the next optimisation (`brochure profile`).
///
/// It mirrors `DocumentLayout.make` and the `extract` command rather than calling them, because
/// they interleave poppler's work and ours page by page, on several threads; here everything
/// runs on one thread and each page's extraction and layout are timed apart, so the stages
/// add up to the work done (CPU time), not to the wait. The outputs are the same values the
/// commands produce.
public struct PipelineProfiler: Sendable {
    /// Only these pages (1-based), or all.
    public var pages: ClosedRange<Int>?

    public init(pages: ClosedRange<Int>? = nil) {
        self.pages = pages
    }

    /// One timed run over the file at `path`. Repeated runs in one process show the warm cost:
    /// the ICU objects and the compiled schema are made on the first run only.
    public func run(path: String, password: String? = nil) throws -> StageTimer {
        var timer = StageTimer()
        let document = try timer.measure(.open) { () throws(ExtractionError) in
            try PDFDocument(path: path, password: password)
        }
        let engine = LayoutEngine()
        var laidOut: [PageLayout] = []
        if document.pageCount > 0 {
            for number in pages ?? 1...document.pageCount {
                let page = try timer.measure(.extraction) { () throws(ExtractionError) in try document.page(number) }
                laidOut.append(timer.measure(.layout) { engine.layout(page) })
            }
        }
        guard laidOut.contains(where: \.hasText) else {
            throw ExtractionError.noTextLayer(path: document.displayName, pageCount: document.pageCount)
        }
        timer.measure(.layout) { RunningFurniture.mark(&laidOut) }
        let layout = DocumentLayout(source: document.displayName, info: document.info, pages: laidOut)
        _ = timer.measure(.textRendering) { TextRenderer().render(layout) }

        // The extractor reads the digest; computed on first use, it is timed here, not there.
        _ = timer.measure(.checksum) { document.sha256 }
        // Opening the ICU normaliser happens on the parsers' first call, outside the clock
        // (it is the receiver of the timed call): open it here, as normalisation.
        _ = timer.measure(.normalisation) { JapaneseTextNormalizer.shared }
        let clock = NormalizationClock()
        let brochure = NormalizationClock.$current.withValue(clock) {
            timer.measure(.sections) { BrochureExtractor().extract(document, layout: layout, threads: 1) }
        }
        timer.move(clock.elapsed, from: .sections, to: .normalisation)
        let json = try timer.measure(.encoding) { try JSONOutput.encode(brochure) }
        _ = timer.measure(.schemaCompile) { BundledSchema.brochure.schema }
        _ = try timer.measure(.validation) { () throws(JSONParseError) in try BundledSchema.brochure.validate(jsonText: json) }
        return timer
    }
}
