/// A large page or chapter number set at a page's outer edge (`02` in 34 pt halfway down the
/// margin), dropped.
///
/// Designers put such a folio level with whatever the text has beside it, so the line builder
/// took it for the first word of that line (`02 ●育児休業…`) and a support system gained a
/// number for a name. A figure alone, several times the body size, wholly in the outer eighth
/// of the page's width, is no text of the page: a key figure stands inside the text area, with
/// its unit or caption beside it.
enum EdgeFolio {
    /// How many times the page's body size a folio is set at least.
    static let minimumScale = 3.0

    /// The page without its edge folios, or nil when it has none.
    static func removed(from page: Page, body: Double) -> Page? {
        let floor = minimumScale * body
        // (Most pages have no glyph this large: one pass, then nothing.)
        let large = page.glyphs.indices.filter { page.glyphs[$0].size >= floor }
        guard !large.isEmpty else { return nil }
        let margin = 0.125 * page.width
        var folio = Set<Int>()
        var i = 0
        // Runs of large glyphs one after another on one baseline, in poppler's order.
        while i < large.count {
            var j = i
            while j + 1 < large.count, large[j + 1] == large[j] + 1, abs(page.glyphs[large[j + 1]].box.y1 - page.glyphs[large[j]].box.y1) < 1 { j += 1 }
            let run = large[i...j]
            let box = Rect.enclosing(run.map { page.glyphs[$0].box })!
            if run.count <= 3, run.allSatisfy({ TableDetector.isDigit(page.glyphs[$0].scalar) }), box.x1 <= margin || box.x0 >= page.width - margin {
                folio.formUnion(run)
            }
            i = j + 1
        }
        guard !folio.isEmpty else { return nil }
        var clean = page
        clean.glyphs = page.glyphs.indices.filter { !folio.contains($0) }.map { page.glyphs[$0] }
        return clean
    }
}
