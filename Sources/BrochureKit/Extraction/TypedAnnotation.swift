/// Text typed onto a page as a FreeText annotation (Acrobat's "Add Text", a typewriter
/// annotation): seen on the page and printed, but no part of the page's content, so
/// `poppler_page_get_text` (and `pdftotext`) never read it.
///
/// An office that corrects a phone number or adds an e-mail address after the brochure was
/// made types it this way. poppler-glib gives the annotation's text and its rectangle, not
/// its glyphs or its font, so the text is laid out in the rectangle as it would be typed:
/// one line per line of the text, top down, the type as large as the rectangle's lines allow
/// and no wider than the rectangle, a full-width character an em wide and any other half.
struct TypedAnnotation: Sendable, Equatable {
    var text: String
    /// The rectangle in page space, origin top left (as the glyphs' boxes).
    var box: Rect

    /// The glyphs of the text laid out in `box`, in font `font`.
    func glyphs(font: Int) -> [Glyph] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { String($0).trimmingWhitespace() }
        guard !lines.isEmpty, box.height > 0, box.width > 0 else { return [] }
        let pitch = box.height / Double(lines.count)
        let widest = lines.map { Self.ems($0) }.max() ?? 0
        // (A typewriter annotation's rectangle leaves a little room round its text.)
        let size = min(0.7 * pitch, widest > 0 ? box.width / widest : .infinity)
        guard size > 0.5 else { return [] }
        var glyphs: [Glyph] = []
        for (row, line) in lines.enumerated() {
            let top = box.y0 + Double(row) * pitch + (pitch - size) / 2
            var x = box.x0
            for scalar in line.unicodeScalars {
                let advance = Self.isFullWidth(scalar) ? size : size / 2
                defer { x += advance }
                if scalar.properties.isWhitespace { continue }
                glyphs.append(Glyph(scalar: scalar, box: Rect(x0: x, y0: top, x1: x + advance, y1: top + size), font: font, size: size))
            }
        }
        return glyphs
    }

    /// The line's width in ems: a full-width character one, any other half.
    static func ems(_ line: String) -> Double {
        line.unicodeScalars.reduce(0) { $0 + (isFullWidth($1) ? 1 : 0.5) }
    }

    /// Whether a character is set an em wide: kana, kanji, CJK punctuation and full-width forms.
    static func isFullWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: true
        default: false
        }
    }
}
