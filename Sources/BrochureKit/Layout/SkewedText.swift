/// Text set at a slant (a section tilted a few degrees on a diagonal band), turned level.
///
/// poppler gives a tilted word's glyphs level, in one box tall enough for the word's rise,
/// but each word where it stands: the words of one table row climb from column to column,
/// so rows never share a baseline and the table fell apart into loose lines. The tilt shows
/// in the columns: words of one width stacked in a column drift sideways row after row
/// (`2021年度` over `2022年度`, each a little to the right), where upright columns stand
/// plumb. Words drifting at one small slope are turned level about the middle of the area
/// they cover and stay where they stand on the page; their boxes are in the levelled frame,
/// off by at most the tilt across half the area (a known limit for provenance).
enum SkewedText {
    /// Drifts between about 1° and 15°: less is upright text's jitter, more is no band tilt.
    static let tilts = 0.0175...0.27

    /// A run of glyphs poppler gives on one level box, one after another rightwards.
    private struct Word {
        var glyphs: Range<Int>
        var box: Rect
        var font: Int
        var size: Double
    }

    /// The page with its tilted words turned level, or nil when nothing on it is tilted
    /// (eight pairs of stacked words drifting at one slope at least).
    static func deskewed(_ page: Page) -> Page? {
        let glyphs = page.glyphs
        guard glyphs.count >= 24 else { return nil }
        let words = self.words(glyphs)
        let order = words.indices.sorted { words[$0].box.midY < words[$1].box.midY }
        var drifts: [(Int, Int, Double)] = []
        var plumb = [Bool](repeating: false, count: words.count)
        for (k, a) in order.enumerated() {
            let upper = words[a]
            for b in order[(k + 1)...] {
                let lower = words[b]
                let rise = lower.box.midY - upper.box.midY
                if rise > 3 * upper.size { break }
                guard rise >= 0.8 * upper.size, lower.font == upper.font, lower.size == upper.size,
                    abs(lower.box.width - upper.box.width) <= 0.1 * upper.size, lower.box.xOverlap(upper.box) > 0
                else { continue }
                let drift = (lower.box.midX - upper.box.midX) / rise
                if abs(drift) < 0.005 {
                    plumb[a] = true
                    plumb[b] = true
                } else if Self.tilts.contains(abs(drift)) {
                    drifts.append((a, b, drift))
                }
            }
        }
        guard drifts.count >= 8 else { return nil }
        let median = Median.of(drifts.map(\.2), or: 0)
        let members = drifts.filter { abs($0.2 - median) <= 0.015 }
        guard members.count * 10 >= drifts.count * 8 else { return nil }
        var tilted = [Bool](repeating: false, count: words.count)
        for (a, b, _) in members {
            tilted[a] = true
            tilted[b] = true
        }
        guard let area = Rect.enclosing(words.indices.filter { tilted[$0] }.map { words[$0].box }) else { return nil }
        // Every other word in the area is tilted with them, unless it stands in a plumb column.
        for w in words.indices where !tilted[w] && !plumb[w] && area.x0 <= words[w].box.midX && words[w].box.midX <= area.x1
            && area.y0 <= words[w].box.midY && words[w].box.midY <= area.y1
        {
            tilted[w] = true
        }
        // Text runs along (1, slope): across the drift of its columns.
        let slope = -median
        let hypotenuse = (1 + slope * slope).squareRoot()
        let c = 1 / hypotenuse, s = slope / hypotenuse
        var result = page
        for w in words.indices where tilted[w] {
            let box = words[w].box
            let dx = box.midX - area.midX, dy = box.midY - area.midY
            let shift = (x: dx * c + dy * s - dx, y: -dx * s + dy * c - dy)
            // The box's height less the word's rise across its width.
            let height = max(box.height - box.width * abs(slope), 0.6 * box.height)
            let top = box.midY + shift.y - height / 2
            for g in words[w].glyphs {
                let b = glyphs[g].box
                result.glyphs[g].box = Rect(x0: b.x0 + shift.x, y0: top, x1: b.x1 + shift.x, y1: top + height)
            }
        }
        return result
    }

    /// Runs of glyphs in poppler's order on one box height, each starting where the last ended.
    private static func words(_ glyphs: [Glyph]) -> [Word] {
        var words: [Word] = []
        var start = 0
        for i in glyphs.indices {
            let next = i + 1
            let joins = next < glyphs.count && glyphs[next].font == glyphs[i].font && glyphs[next].size == glyphs[i].size
                && abs(glyphs[next].box.y0 - glyphs[i].box.y0) < 0.01 && abs(glyphs[next].box.y1 - glyphs[i].box.y1) < 0.01
                && glyphs[next].box.x0 >= glyphs[i].box.x1 - 0.3 * glyphs[i].size && glyphs[next].box.x0 - glyphs[i].box.x1 <= glyphs[i].size
            if !joins {
                let box = Rect.enclosing(glyphs[start...i].map(\.box))!
                words.append(Word(glyphs: start..<next, box: box, font: glyphs[i].font, size: glyphs[i].size))
                start = next
            }
        }
        return words
    }
}
