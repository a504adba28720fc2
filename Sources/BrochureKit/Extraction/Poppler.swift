import CPoppler

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one file that calls poppler-glib and GLib. Everything it returns is a Swift value.
///
/// Each C resource lives in a final class whose `deinit` releases it, so an early
/// `throw` cannot leak a document or page.
final class PopplerDocumentHandle {
    let pointer: OpaquePointer
    /// Kept alive as long as the document: poppler reads pages lazily from these bytes
    /// (empty for a document opened from a file).
    private let bytes: OpaquePointer

    private init(pointer: OpaquePointer, bytes: OpaquePointer) {
        self.pointer = pointer
        self.bytes = bytes
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pointer))
        g_bytes_unref(bytes)
    }

    enum OpenFailure: Error {
        case encrypted
        case damaged(String)
    }

    /// Opens a document from bytes that GLib owns (a copy of stdin).
    ///
    /// Never with a password: poppler-glib 22.12 retries a wrong password on a stream the
    /// first attempt already freed and crashes. `PDFDocument` spools such input to a file.
    static func open(bytes: OpaquePointer) -> Result<PopplerDocumentHandle, OpenFailure> {
        var error: UnsafeMutablePointer<GError>? = nil
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            g_bytes_unref(bytes)
            return .failure(failure(error))
        }
        return .success(PopplerDocumentHandle(pointer: document, bytes: bytes))
    }

    /// A second document over the same bytes, for another thread (a document is not shared).
    func reopenBytes() -> Result<PopplerDocumentHandle, OpenFailure> {
        Self.open(bytes: g_bytes_ref(bytes))
    }

    /// Opens a file; poppler maps it and reads pages lazily.
    static func open(path: String, password: String?) -> Result<PopplerDocumentHandle, OpenFailure> {
        var error: UnsafeMutablePointer<GError>? = nil
        let absolute = path.hasPrefix("/") ? path : currentDirectory() + "/" + path
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            return .failure(failure(error))
        }
        defer { g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, password, &error) else {
            return .failure(failure(error))
        }
        return .success(PopplerDocumentHandle(pointer: document, bytes: g_bytes_new(nil, 0)))
    }

    private static func failure(_ error: UnsafeMutablePointer<GError>?) -> OpenFailure {
        guard let error else { return .damaged("poppler gave no reason") }
        defer { g_error_free(error) }
        if error.pointee.domain == poppler_error_quark() && error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            return .encrypted
        }
        return .damaged(error.pointee.message.map { String(cString: $0) } ?? "unknown error")
    }

    private static func currentDirectory() -> String {
        guard let cwd = g_get_current_dir() else { return "." }
        defer { g_free(cwd) }
        return String(cString: cwd)
    }

    /// Copies a Swift byte buffer into GLib-owned bytes.
    static func copyBytes(_ data: [UInt8]) -> OpaquePointer {
        data.withUnsafeBytes { raw in g_bytes_new(raw.baseAddress, gsize(raw.count)) }
    }

    private var document: OpaquePointer { pointer }

    var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    var info: DocumentInfo {
        DocumentInfo(
            pageCount: pageCount,
            title: takeString(poppler_document_get_title(document)),
            producer: takeString(poppler_document_get_producer(document)),
            creator: takeString(poppler_document_get_creator(document)),
            creationDate: creationDate()
        )
    }

    private func creationDate() -> String? {
        guard let date = poppler_document_get_creation_date_time(document) else { return nil }
        defer { g_date_time_unref(date) }
        guard let utc = g_date_time_to_utc(date) else { return nil }
        defer { g_date_time_unref(utc) }
        return takeString(g_date_time_format(utc, "%Y-%m-%dT%H:%M:%SZ"))
    }

    /// Copies one page's characters, boxes and fonts into Swift values and releases the page.
    func page(at index: Int) -> Page {
        guard let page = poppler_document_get_page(document, Int32(index)) else {
            return Page(number: index + 1, width: 0, height: 0, glyphs: [], fonts: [])
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)

        let text = takeString(poppler_page_get_text(page)) ?? ""
        var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rects, &count) != 0, let rects else {
            // A page whose only text is typed onto it (`TypedAnnotation`).
            let typed = Self.typedAnnotations(page, height: height).flatMap { $0.glyphs(font: 0) }
            return Page(number: index + 1, width: width, height: height, glyphs: typed, fonts: typed.isEmpty ? [] : [FontInfo(name: "")])
        }
        defer { g_free(rects) }

        let runs = fontRuns(page)
        var fonts: [FontInfo] = []
        var fontIndex: [FontKey: Int] = [:]
        func fontNumber(_ name: String, color: UInt32 = 0) -> Int {
            let key = FontKey(name: name, color: color)
            if let known = fontIndex[key] { return known }
            fontIndex[key] = fonts.count
            fonts.append(FontInfo(name: name, color: color))
            return fonts.count - 1
        }
        // Each run's font looked up once, not once per glyph (a hash of its name each time).
        var runFonts = [Int?](repeating: nil, count: runs.count)
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(Int(count))
        var runCursor = 0
        var charIndex = 0
        for scalar in text.unicodeScalars {
            defer { charIndex += 1 }
            guard charIndex < Int(count) else { break }
            // ASCII decided without the Unicode property tables.
            // None above U+3000 is white space: CJK text skips the property tables.
            if scalar.value < 0x80 ? scalar.value <= 0x20 || scalar.value == 0x7F : scalar.value <= 0x3000 && scalar.properties.isWhitespace { continue }
            let r = rects[charIndex]
            let box = Rect(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2)
            if box.isEmpty || !(box.x0.isFinite && box.y0.isFinite && box.x1.isFinite && box.y1.isFinite) { continue }
            while runCursor < runs.count && runs[runCursor].end < charIndex { runCursor += 1 }
            // A glyph no attribute run covers gets the unnamed font, never the first one seen.
            let covered = runCursor < runs.count && runs[runCursor].start <= charIndex
            let size = covered ? runs[runCursor].size : box.height
            let font: Int
            if covered {
                if let known = runFonts[runCursor] {
                    font = known
                } else {
                    font = fontNumber(runs[runCursor].font, color: runs[runCursor].color)
                    runFonts[runCursor] = font
                }
            } else {
                font = fontNumber("")
            }
            // A variation selector is part of the character before it, no character of its own.
            if GlyphScalar.isVariationSelector(scalar), let last = glyphs.last, Self.sharesCell(last.box, box) {
                glyphs[glyphs.count - 1].box = last.box.union(box)
                continue
            }
            // A symbol font's private-use bullet is the mark it draws (`GlyphScalar.symbol`).
            if (0xF020...0xF0FF).contains(scalar.value), covered, let drawn = GlyphScalar.symbol(scalar, font: runs[runCursor].font) {
                glyphs.append(Glyph(scalar: drawn, box: box, font: font, size: size))
                continue
            }
            // A voiced kana written as its base and a combining mark is the one kana printed (`GlyphScalar`).
            if GlyphScalar.isCombiningMark(scalar), let last = glyphs.last, let kana = GlyphScalar.composed(last.scalar, scalar),
                Self.sharesCell(last.box, box)
            {
                glyphs[glyphs.count - 1].scalar = kana
                glyphs[glyphs.count - 1].box = last.box.union(box)
                continue
            }
            glyphs.append(Glyph(scalar: GlyphScalar.unified(scalar), box: box, font: font, size: size))
        }
        // Text typed onto the page as annotations, seen with the rest (`TypedAnnotation`).
        let typed = Self.typedAnnotations(page, height: height)
        if !typed.isEmpty {
            let font = fontNumber("")
            glyphs += typed.flatMap { $0.glyphs(font: font) }
        }
        if fonts.isEmpty { fonts.append(FontInfo(name: "")) }
        return Page(number: index + 1, width: width, height: height, glyphs: glyphs, fonts: fonts)
    }

    /// Whether `box` goes on from the glyph before it on its line (a horizontal line's same
    /// top, a vertical line's same left): a mark poppler gave half of one glyph's width.
    private static func sharesCell(_ last: Rect, _ box: Rect) -> Bool {
        abs(last.y0 - box.y0) <= 0.5 * max(box.height, 1) || abs(last.x0 - box.x0) <= 0.5 * max(box.width, 1)
    }

    /// The page's visible FreeText annotations: their text and rectangle, turned from PDF
    /// space (origin bottom left) into the glyphs' (origin top left).
    private static func typedAnnotations(_ page: OpaquePointer, height: Double) -> [TypedAnnotation] {
        guard let list = poppler_page_get_annot_mapping(page) else { return [] }
        defer { poppler_page_free_annot_mapping(list) }
        var found: [TypedAnnotation] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            node = current.pointee.next
            guard let mapping = current.pointee.data?.assumingMemoryBound(to: PopplerAnnotMapping.self), let annot = mapping.pointee.annot,
                poppler_annot_get_annot_type(annot) == POPPLER_ANNOT_FREE_TEXT
            else { continue }
            let hidden = POPPLER_ANNOT_FLAG_HIDDEN.rawValue | POPPLER_ANNOT_FLAG_INVISIBLE.rawValue | POPPLER_ANNOT_FLAG_NO_VIEW.rawValue
            guard poppler_annot_get_flags(annot).rawValue & hidden == 0,
                let text = takeString(poppler_annot_get_contents(annot)), !text.allSatisfy(\.isWhitespace)
            else { continue }
            let area = mapping.pointee.area
            let box = Rect(x0: min(area.x1, area.x2), y0: height - max(area.y1, area.y2), x1: max(area.x1, area.x2), y1: height - min(area.y1, area.y2))
            guard box.x0.isFinite, box.y0.isFinite, box.x1.isFinite, box.y1.isFinite, !box.isEmpty else { continue }
            found.append(TypedAnnotation(text: text, box: box))
        }
        return found
    }

    /// Draws page `index` into a cairo context (in points, origin top left, as the text boxes).
    func render(pageAt index: Int, into context: OpaquePointer) {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        poppler_page_render(page, context)
    }

    private struct FontRun {
        var start: Int
        var end: Int  // inclusive
        var font: String
        var size: Double
        /// `0xRRGGBB`.
        var color: UInt32
    }

    /// A font as drawn: the same font in two colours is two entries of the page's table.
    private struct FontKey: Hashable {
        var name: String
        var color: UInt32
    }

    private func fontRuns(_ page: OpaquePointer) -> [FontRun] {
        guard let list = poppler_page_get_text_attributes(page) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var runs: [FontRun] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let name = attributes.font_name.map { String(cString: $0) } ?? ""
                let c = attributes.color
                let color = UInt32(c.red >> 8) << 16 | UInt32(c.green >> 8) << 8 | UInt32(c.blue >> 8)
                runs.append(
                    FontRun(
                        start: Int(attributes.start_index), end: Int(attributes.end_index),
                        font: name, size: attributes.font_size, color: color))
            }
            node = current.pointee.next
        }
        return runs.sorted { $0.start < $1.start }
    }
}

/// Copies a GLib-allocated C string into Swift and frees it.
private func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
    guard let pointer else { return nil }
    defer { g_free(pointer) }
    let value = String(cString: pointer)
    return value.isEmpty ? nil : value
}
