/// Lays out a document's pages on several threads, each reading pages from its own poppler
/// document.
///
/// Extraction and layout are about three quarters of `extract` and nearly all of `text`, and
/// pages do not depend on each other until running headers are marked. A poppler document is
/// not thread-safe, so every thread but the first opens the file again (about 1 ms) and takes
/// the next page from a shared counter; a thread that cannot open it leaves its pages to the
/// others. Results come back in page order whatever order the pages finished in.
struct ParallelPageLayout {
    var engine: LayoutEngine
    var threads: Int

    /// The layouts of pages `numbers` (1-based), in that order.
    func layout(_ document: PDFDocument, pages numbers: [Int]) throws(ExtractionError) -> [PageLayout] {
        try layout(document, pages: numbers) { $0 }
    }

    /// What `keep` makes of each page's layout, in page order: run on the thread that laid the
    /// page out, so a caller that needs less than the whole page (`brochure text`) never holds
    /// every page whole.
    func layout<Kept>(_ document: PDFDocument, pages numbers: [Int], keep: (PageLayout) -> Kept) throws(ExtractionError) -> [Kept] {
        let engine = self.engine
        return try ParallelWork.map(count: numbers.count, threads: threads) { thread in
            thread == 0 ? document : try? document.reopened()
        } _: { (own: inout PDFDocument, job: Int) throws(ExtractionError) -> Kept in
            keep(engine.layout(try own.page(numbers[job])))
        }
    }
}
