/// The most work one PDF may ask for: pages, glyphs on one page, seconds.
///
/// Archives hold files made to break parsers as well as honest giants. Without limits a
/// 100,000-page file or a page of ten million glyphs would take the machine's memory and an
/// afternoon; with them the file is refused with an error that names the limit and its flag,
/// and the rest of the archive goes on. Zero means no limit.
public struct ExtractionLimits: Sendable, Codable, Hashable {
    /// Pages a document may have (`--max-pages`).
    public var maxPages: Int
    /// Glyphs one page may have (`--max-glyphs-per-page`): layout work grows with them.
    public var maxGlyphsPerPage: Int
    /// Seconds from opening the document to having laid it out (`--time-limit`).
    public var timeLimit: Double

    public init(maxPages: Int, maxGlyphsPerPage: Int, timeLimit: Double) {
        self.maxPages = maxPages
        self.maxGlyphsPerPage = maxGlyphsPerPage
        self.timeLimit = timeLimit
    }

    /// 5,000 pages (the longest real document we have seen is a 247-page notice, read in about
    /// a second), 200,000 glyphs per page (a dense A4 table holds about 10,000; the 100,000-glyph
    /// fixture takes 0.3 s), 60 seconds (room for a slow, busy machine: no fixture or real PDF
    /// takes more than 4).
    public static let defaults = ExtractionLimits(maxPages: 5000, maxGlyphsPerPage: 200_000, timeLimit: 60)

    /// No limit at all: what the library applies unless told otherwise.
    public static let none = ExtractionLimits(maxPages: 0, maxGlyphsPerPage: 0, timeLimit: 0)

    /// Throws when the document has more pages than allowed.
    public func checkPageCount(_ pageCount: Int, path: String) throws(ExtractionError) {
        if maxPages > 0 && pageCount > maxPages {
            throw .tooManyPages(path: path, pageCount: pageCount, limit: maxPages)
        }
    }

    /// Throws when a page has more glyphs than allowed.
    public func checkGlyphCount(_ glyphCount: Int, page: Int, path: String) throws(ExtractionError) {
        if maxGlyphsPerPage > 0 && glyphCount > maxGlyphsPerPage {
            throw .tooManyGlyphs(path: path, page: page, glyphCount: glyphCount, limit: maxGlyphsPerPage)
        }
    }

    /// "60 s", "1.5 s": the limit as the user gave it.
    static func describe(seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}

extension PDFDocument {
    /// Applies `limits` to this document from now on: the page count is checked at once, the
    /// glyphs of each page and the time spent as each page is read (`page(_:)`).
    public func enforce(_ limits: ExtractionLimits) throws(ExtractionError) {
        try limits.checkPageCount(pageCount, path: displayName)
        self.limits = limits
        deadline = limits.timeLimit > 0 ? ContinuousClock.now.advanced(by: .seconds(limits.timeLimit)) : nil
    }

    /// The page, if it is within the limits: its glyphs are counted, and the clock is read
    /// after it was copied out of poppler (the time a page takes is mostly spent there and in
    /// its layout, so between pages is where a long document is stopped).
    func withinLimits(_ page: Page) throws(ExtractionError) -> Page {
        try limits.checkGlyphCount(page.glyphs.count, page: page.number, path: displayName)
        if let deadline, ContinuousClock.now > deadline {
            throw .timeLimitExceeded(path: displayName, seconds: limits.timeLimit)
        }
        return page
    }
}
