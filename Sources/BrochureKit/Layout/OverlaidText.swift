/// Finds text drawn over other text: two different characters in one place.
///
/// A PDF can carry text no reader sees, in render mode 3 (invisible) or outside its clipping
/// path, and poppler's GLib API reports every glyph without saying which: last edition's
/// figures laid exactly over this edition's, or an OCR layer misread, then interleave with the
/// printed ones and no rule can tell which was printed. What can be told is that it happened:
/// a letter or digit lying on another of a different character and about its size
/// never occurs in set type (fake bold repeats the same character a hair to the side; poppler
/// places vertical punctuation half over the character before it; a display word printed
/// large behind the text is no text's size), so such pairs are counted and a page with
/// several is reported, that its figures are not passed off as read.
public enum OverlaidText {
    /// Below this many glyphs over others on a page no warning is given: a stray accent is not a hidden text.
    static let minimumCount = 6

    /// How many of `glyphs` lie on a glyph of another character: letters or digits of about one
    /// size whose centres fall in one cell of a grid half an em (`em`, the body size) wide and
    /// whose boxes cover half of each other across and down.
    ///
    /// (Every glyph of a document is asked: each is put in its cell of a flat grid and compared
    /// with the glyph already there, if any; a neighbourhood query per glyph cost 4% of
    /// `extract`. A pair straddling two cells is missed, which a text laid over another, many
    /// pairs, does not notice.)
    public static func count(_ glyphs: [Glyph], em: Double) -> Int {
        guard glyphs.count >= 2 else { return 0 }
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for glyph in glyphs {
            minX = min(minX, glyph.box.midX)
            minY = min(minY, glyph.box.midY)
            maxX = max(maxX, glyph.box.midX)
            maxY = max(maxY, glyph.box.midY)
        }
        guard minX.isFinite, minY.isFinite, maxX.isFinite, maxY.isFinite else { return 0 }
        // At most a million cells: a page of stray coordinates gets coarser ones.
        var cell = em.isFinite ? max(em, 1) / 2 : 0.5
        while ((maxX - minX) / cell + 1) * ((maxY - minY) / cell + 1) > 1_000_000 { cell *= 2 }
        let columns = Int((maxX - minX) / cell) + 1
        let rows = Int((maxY - minY) / cell) + 1
        var occupant = [Int32](repeating: -1, count: columns * rows)
        var covered = Set<Int>()
        for (i, glyph) in glyphs.enumerated() where glyph.box.width > 0 && glyph.box.height > 0 {
            let slot = Int((glyph.box.midY - minY) / cell) * columns + Int((glyph.box.midX - minX) / cell)
            let k = Int(occupant[slot])
            guard k >= 0 else {
                occupant[slot] = Int32(truncatingIfNeeded: i)
                continue
            }
            // (Narrow letters side by side share a cell too: the boxes must cover half of each other.)
            let other = glyphs[k], a = glyph.box, b = other.box
            let across = min(a.x1, b.x1) - max(a.x0, b.x0)
            let down = min(a.y1, b.y1) - max(a.y0, b.y0)
            guard other.scalar != glyph.scalar, across >= 0.5 * min(a.width, b.width), down >= 0.5 * min(a.height, b.height),
                min(a.height, b.height) >= 0.67 * max(a.height, b.height), isLetterOrDigit(other.scalar), isLetterOrDigit(glyph.scalar)
            else { continue }
            covered.insert(i)
            covered.insert(k)
        }
        return covered.count
    }

    /// (Asked only of glyphs that overlap: the property tables are not read for every glyph.)
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The warning for pages with text over text, from each page's number and count.
    static func warning(counts: [(page: Int, count: Int)]) -> ExtractionWarning? {
        let pages = counts.filter { $0.count >= minimumCount }
        guard !pages.isEmpty else { return nil }
        let total = pages.reduce(0) { $0 + $1.count }
        return ExtractionWarning(
            code: "overlaid-text",
            message: "\(total) characters on \(UnmappedText.describe(pages.map(\.page))) are drawn over other characters (text hidden under or over the printed text, such as invisible or clipped text); figures there may mix the two",
            section: nil, page: pages.count == 1 ? pages[0].page : nil)
    }
}
