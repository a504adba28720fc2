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

    /// Lays out every page of `document`, one page in memory at a time.
    public static func make(
        _ document: PDFDocument, pages selection: ClosedRange<Int>? = nil, engine: LayoutEngine = LayoutEngine()
    ) throws(ExtractionError) -> DocumentLayout {
        let range = selection ?? 1...max(document.pageCount, 1)
        var pages: [PageLayout] = []
        if document.pageCount > 0 {
            for number in range {
                pages.append(engine.layout(try document.page(number)))
            }
        }
        guard pages.contains(where: \.hasText) else {
            throw .noTextLayer(path: document.displayName, pageCount: document.pageCount)
        }
        RunningFurniture.mark(&pages)
        return DocumentLayout(source: document.displayName, info: document.info, pages: pages)
    }
}
