/// Text turned 180° on an upright page, read by turning the page round: the back face of a
/// tent-fold card (its upper half faces the other side of the table) or a panel set upside
/// down so a folded sheet reads right on both sides.
///
/// poppler gives such text in reading order, each line's glyphs running leftwards at one
/// baseline. Laid out as it stood, every line read backwards (`0558-013〒` for `〒310-8550`)
/// and the lines came last first. Upright text never runs leftwards and vertical writing runs
/// down, so glyphs that follow each other leftwards are the turned ones. They are taken out
/// and laid out on a page of their own, turned round inside the box they fill, and read after
/// the upright text: the face a reader turns to second.
enum UpsideDownText {
    /// The page's glyphs split into the upright ones and a page of the turned ones set
    /// upright, when some text runs leftwards (three words of three glyphs or more, two of them letters or digits, at least).
    static func split(_ page: Page) -> (upright: Page, turned: Page)? {
        let glyphs = page.glyphs
        // (Vertical writing's punctuation, `︑﹂`, lines up leftwards across its columns: a
        // turned line holds letters.)
        let letters = { (run: ArraySlice<Glyph>) in run.count { $0.scalar.properties.isAlphabetic || $0.scalar.properties.numericType != nil } >= 2 }
        guard let (turned, area) = TurnedGlyphs.find(in: glyphs, step: runsLeft, counts: letters) else { return nil }
        var upright = page
        upright.glyphs = glyphs.indices.filter { !turned[$0] }.map { glyphs[$0] }
        let round = glyphs.indices.filter { turned[$0] }.map { k -> Glyph in
            var glyph = glyphs[k]
            let b = glyph.box
            glyph.box = Rect(x0: area.x0 + (area.x1 - b.x1), y0: area.y0 + (area.y1 - b.y1), x1: area.x0 + (area.x1 - b.x0), y1: area.y0 + (area.y1 - b.y0))
            return glyph
        }
        return (upright, Page(number: page.number, width: page.width, height: page.height, glyphs: round, fonts: page.fonts))
    }

    /// Whether `next` sits straight left of `glyph` on its baseline, touching it: the next
    /// glyph of a line turned round.
    static func runsLeft(from glyph: Glyph, to next: Glyph) -> Bool {
        let a = glyph.box, b = next.box
        let size = max(glyph.size, 1)
        return b.x1 <= a.x0 + 0.3 * size && a.x0 - b.x1 <= 0.6 * size
            && b.yOverlap(a) >= 0.7 * min(a.height, b.height) && abs(a.height - b.height) <= 0.3 * size
    }
}
