/// Text set sideways on an upright page, read by turning the page a quarter turn clockwise:
/// a table or a whole section rotated 90° counter-clockwise to fit a narrow strip.
///
/// poppler gives such text in reading order, each word's glyphs climbing the page (bottom to
/// top) at one x. Laid out as it stands, every glyph was a line of its own and a year's row
/// came out as a column of digits. Upright text never climbs, and vertical writing (縦書き)
/// runs down the page, so glyphs that follow each other upwards are the rotated ones. They
/// are taken out of the page and laid out on a page of their own, turned upright: their
/// boxes are in that turned frame, anchored at the strip's top-left corner, and their blocks
/// are read as a column where the strip stands: before the page's upright text when the
/// strip is in the left half of the page (a spine title down the left edge), after it
/// otherwise (a table turned into a strip at the right).
enum RotatedText {
    /// The page's glyphs split into the upright ones and a page of the rotated ones turned
    /// upright, when some text climbs the page (three words of three glyphs or more at least).
    static func split(_ page: Page) -> (upright: Page, turned: Page, strip: Rect)? {
        let glyphs = page.glyphs
        guard let (rotated, strip) = TurnedGlyphs.find(in: glyphs, step: climbs) else { return nil }
        var upright = page
        upright.glyphs = glyphs.indices.filter { !rotated[$0] }.map { glyphs[$0] }
        // Turned a quarter clockwise: what climbed now runs rightwards, and the lines that
        // followed each other rightwards now follow downwards.
        let turned = glyphs.indices.filter { rotated[$0] }.map { k -> Glyph in
            var glyph = glyphs[k]
            let b = glyph.box
            glyph.box = Rect(
                x0: strip.x0 + (strip.y1 - b.y1), y0: strip.y0 + (b.x0 - strip.x0),
                x1: strip.x0 + (strip.y1 - b.y0), y1: strip.y0 + (b.x1 - strip.x0))
            return glyph
        }
        let turnedPage = Page(number: page.number, width: max(page.width, strip.x0 + strip.height), height: max(page.height, strip.y0 + strip.width),
                              glyphs: turned, fonts: page.fonts)
        return (upright, turnedPage, strip)
    }

    /// Whether `next` sits straight above `glyph`, touching it: the next glyph of a word
    /// that climbs the page.
    static func climbs(from glyph: Glyph, to next: Glyph) -> Bool {
        let a = glyph.box, b = next.box
        let size = max(glyph.size, 1)
        return b.y1 <= a.y0 + 0.3 * size && a.y0 - b.y1 <= 0.6 * size
            && b.xOverlap(a) >= 0.7 * min(a.width, b.width) && abs(a.width - b.width) <= 0.3 * size
    }
}
