/// The glyphs of text turned on an upright page, found by the way poppler's reading order
/// walks across them.
///
/// poppler gives turned text in reading order, so the glyphs of a turned line follow each
/// other in a direction upright text never takes: upwards for text turned a quarter
/// (`RotatedText`), leftwards for text turned round (`UpsideDownText`).
enum TurnedGlyphs {
    /// Which glyphs are turned, and the box they fill: runs of three glyphs or more each
    /// reached from the one before by `step`, three such runs that `counts` accepts at least,
    /// and every glyph in their box that does not read rightwards along a line of upright text
    /// (a one- or two-glyph word of the turned text, `計`, `研修`).
    static func find(in glyphs: [Glyph], step: (Glyph, Glyph) -> Bool, counts: (ArraySlice<Glyph>) -> Bool = { _ in true }) -> (turned: [Bool], area: Rect)? {
        guard glyphs.count >= 9 else { return nil }
        var inRun = [Bool](repeating: false, count: glyphs.count)
        var runs = 0
        var i = 0
        while i + 1 < glyphs.count {
            var j = i
            while j + 1 < glyphs.count, step(glyphs[j], glyphs[j + 1]) { j += 1 }
            if j - i >= 2, counts(glyphs[i...j]) {
                for k in i...j { inRun[k] = true }
                runs += 1
            }
            i = max(j, i + 1)
        }
        guard runs >= 3, let area = Rect.enclosing(glyphs.indices.filter { inRun[$0] }.map { glyphs[$0].box }) else { return nil }
        var turned = inRun
        for k in glyphs.indices where !turned[k] && area.x0 <= glyphs[k].box.midX && glyphs[k].box.midX <= area.x1
            && area.y0 <= glyphs[k].box.midY && glyphs[k].box.midY <= area.y1
        {
            let along = (k > 0 && follows(glyphs[k - 1], glyphs[k])) || (k + 1 < glyphs.count && follows(glyphs[k], glyphs[k + 1]))
            if !along { turned[k] = true }
        }
        return (turned, area)
    }

    /// Whether `next` follows `glyph` rightwards on its baseline: upright text.
    static func follows(_ glyph: Glyph, _ next: Glyph) -> Bool {
        let a = glyph.box, b = next.box
        return b.x0 >= a.x1 - 0.3 * max(glyph.size, 1) && b.x0 - a.x1 <= max(glyph.size, 1) && b.yOverlap(a) >= 0.5 * min(a.height, b.height)
    }
}
