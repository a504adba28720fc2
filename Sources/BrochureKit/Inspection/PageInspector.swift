#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders a page with what the layout engine and the section parsers made of it drawn over:
/// the way to check a layout is to look at it.
public struct PageInspector: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case png, svg
    }

    /// Pixels per point for PNG (2 is 144 dpi); SVG stays in points times this.
    public var scale: Double
    /// Also box every value the parsers took from the page.
    public var provenance: Bool

    public init(scale: Double = 2, provenance: Bool = false) {
        self.scale = scale
        self.provenance = provenance
    }

    /// The overlay of page `number` (1-based): blocks, tables, sections, value boxes.
    public func overlay(_ document: PDFDocument, page number: Int) throws(ExtractionError) -> PageOverlay {
        // The page-range error before the whole document is read.
        let page = try document.page(number)
        let layout: DocumentLayout
        do {
            layout = try DocumentLayout.make(document)
        } catch .noTextLayer {
            // A scan: the page is drawn bare, which shows why nothing can be read from it.
            let blank = PageLayout(number: number, width: page.width, height: page.height, bodyFontSize: 10, isVertical: false, blocks: [])
            return PageOverlay(page: blank, sections: [], values: [])
        }
        let parts = SectionSegmenter().segment(layout)
        let values = provenance ? BrochureExtractor(provenance: true).extract(document, layout: layout).sections.provenances : []
        return PageOverlay(page: layout.pages[number - 1], sections: parts, values: values)
    }

    /// Draws page `number` with its overlay and writes it to `path` in `format`, atomically:
    /// a temporary file beside it, renamed over it only once complete.
    public func write(
        _ document: PDFDocument, page number: Int, format: Format, to path: String
    ) throws -> PageOverlay {
        let overlay = try overlay(document, page: number)
        let temporary = path + ".brochure-\(getpid()).tmp"
        defer { unlink(temporary) }
        let height = overlay.height + OverlayPainter.legendHeight
        guard let canvas = CairoCanvas(
            kind: format == .png ? .png : .svg(path: temporary), width: overlay.width, height: height, scale: scale)
        else {
            throw InspectionError.cannotDraw(reason: "cairo could not make a \(format.rawValue) surface of \(Int(overlay.width * scale))×\(Int(height * scale))")
        }
        try document.render(number, into: canvas)
        OverlayPainter(overlay: overlay).paint(on: canvas)
        if let reason = canvas.write(png: format == .png ? temporary : nil) {
            throw InspectionError.cannotWrite(path: path, reason: reason)
        }
        guard rename(temporary, path) == 0 else {
            throw InspectionError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        return overlay
    }
}
