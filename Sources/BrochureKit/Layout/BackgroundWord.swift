/// A huge pale word printed behind the text (a place name set diagonally across a page), dropped.
///
/// poppler gives each of its letters a level box as tall as the type, which covers the body
/// text set over it: read as text, its letters join the lines they lie behind (`離WA`), and
/// a box a hundred points tall across a table leaves no gutter but one, which cuts the table
/// in two. Text is never set over other text, so a glyph whose box holds the middles of
/// several glyphs far smaller than itself lies behind them: it is decoration, no text. The
/// word's other letters (the same font at the same size) go with it, even where nothing is
/// set over them.
enum BackgroundWord {
    /// How many times the page's body size a background letter is set at least.
    static let minimumScale = 4.0
    /// The small glyphs a letter must lie behind (a ruby or a caption only touching a title's
    /// box is not set over it).
    static let minimumCovered = 3

    /// The page without its background words, or nil when it has none; `body` is the page's
    /// body size (`LayoutEngine.bodySize`), which the layout needs anyway.
    static func removed(from page: Page, body: Double) -> Page? {
        let floor = minimumScale * body
        // Cheap pass first: most pages have no glyph this large.
        let large = page.glyphs.indices.filter { page.glyphs[$0].size >= floor }
        guard !large.isEmpty else { return nil }
        var behind: Set<Key> = []
        for i in large {
            let glyph = page.glyphs[i]
            let key = Key(font: glyph.font, size: glyph.size)
            guard !behind.contains(key) else { continue }
            let box = glyph.box
            var covered = 0
            for other in page.glyphs where other.size * 3 <= glyph.size {
                let x = other.box.midX, y = other.box.midY
                if x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1 {
                    covered += 1
                    if covered >= minimumCovered { break }
                }
            }
            if covered >= minimumCovered { behind.insert(key) }
        }
        guard !behind.isEmpty else { return nil }
        var result = page
        result.glyphs.removeAll { behind.contains(Key(font: $0.font, size: $0.size)) }
        return result
    }

    /// A run of type: one font at one size.
    private struct Key: Hashable {
        var font: Int
        var size: Double
    }
}
