/// Text set at 45° (a table's column headers angled as spreadsheets angle them), turned level
/// where it starts.
///
/// poppler gives each glyph of such a word a level box as wide as the type and flattened to
/// the height of its diagonal, each box a step up and to the right of the last, corner to
/// corner: read as text, the glyphs are a column read downwards (`職務事` for `事務職`), and the
/// header row loses its headers. No upright glyph has such a box, and set type never steps as
/// far across as up: glyphs so boxed, each offset from the last by its box's height across
/// and up (or down), are one word at 45°. It is laid level from its first glyph, where an
/// angled header stands on its column, across the width it covers.
enum DiagonalText {
    /// The page with its words at 45° laid level, or nil when it has none.
    static func levelled(_ page: Page) -> Page? {
        let glyphs = page.glyphs
        // Cheap pass: a turned glyph's box is as wide as its type and flattened to its
        // diagonal's height, as no upright glyph's is.
        let turned = glyphs.indices.filter { i in
            let box = glyphs[i].box, size = glyphs[i].size
            return size > 0 && abs(box.width - size) <= 0.15 * size && abs(box.height - size / 2.squareRoot()) <= 0.1 * size
        }
        guard turned.count >= 2 else { return nil }
        var next: [Int: Int] = [:]
        var hasPrevious = Set<Int>()
        for a in turned {
            guard let b = turned.first(where: { $0 != a && !hasPrevious.contains($0) && steps(glyphs[a], glyphs[$0]) }) else { continue }
            next[a] = b
            hasPrevious.insert(b)
        }
        guard !next.isEmpty else { return nil }
        var result = page
        for first in next.keys where !hasPrevious.contains(first) {
            let base = glyphs[first].box
            let size = glyphs[first].size
            var x = base.x0
            let y0 = base.midY - size / 2
            var g: Int? = first
            while let current = g {
                // Each glyph keeps the width the word covers across the page, its step: laid at
                // its length along the slope, an angled header would reach over the next
                // column's, which the angle keeps clear of it.
                let advance = next[current].map { glyphs[$0].box.midX - glyphs[current].box.midX } ?? glyphs[current].box.height
                result.glyphs[current].box = Rect(x0: x, y0: y0, x1: x + advance, y1: y0 + size)
                x += advance
                g = next[current]
            }
        }
        return result
    }

    /// Whether `next` stands a 45° step from `glyph`: the same type, as far across (rightwards)
    /// as up or down, by its box's height, the boxes meeting corner to corner.
    static func steps(_ glyph: Glyph, _ next: Glyph) -> Bool {
        let a = glyph.box, b = next.box
        let dx = b.midX - a.midX, dy = b.midY - a.midY
        let h = max(a.height, 0.5)
        guard next.font == glyph.font, next.size == glyph.size else { return false }
        return abs(dx - h) <= 0.15 * h && abs(abs(dy) - h) <= 0.15 * h
    }
}
