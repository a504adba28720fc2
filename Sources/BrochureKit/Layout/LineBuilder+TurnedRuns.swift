extension LineBuilder {
    /// The glyphs of Latin text turned a quarter clockwise inside vertical writing: `電話` then
    /// `029-853-8552` running down the same column, `メール` then the address.
    ///
    /// A vertical column keeps figures and Latin words in it upright only when they are short;
    /// a phone number or an e-mail address is turned to run down the column with it. Each of
    /// its glyphs is a box as wide as the type is high and less tall than wide (its advance),
    /// straight under the one before at the same x and touching it. Upright Latin is taller
    /// than wide, and a CJK glyph stacked so is vertical writing already. Three glyphs in a run
    /// at least, so two letters over each other by chance are none. These glyphs are set
    /// vertically, so the run joins the column it stands in.
    static func turnedDown(_ glyphs: [Glyph]) -> Set<Int> {
        let candidates = glyphs.indices.filter { i in
            let box = glyphs[i].box
            return box.width >= 0.85 * max(glyphs[i].size, 1) && box.height < box.width && isTurnable(glyphs[i].scalar)
        }
        guard candidates.count >= 3 else { return [] }
        // Columns of glyphs at one x, each read top to bottom.
        var turned = Set<Int>()
        var column: [Int] = []
        func close() {
            column.sort { glyphs[$0].box.y0 < glyphs[$1].box.y0 }
            var run = [column.first].compactMap { $0 }
            for (a, b) in zip(column, column.dropFirst()) {
                if descends(glyphs[a], glyphs[b]) {
                    run.append(b)
                } else {
                    if run.count >= 3 { turned.formUnion(run) }
                    run = [b]
                }
            }
            if run.count >= 3 { turned.formUnion(run) }
            column = []
        }
        for i in candidates.sorted(by: { glyphs[$0].box.x0 < glyphs[$1].box.x0 }) {
            if let last = column.last, glyphs[i].box.x0 - glyphs[last].box.x0 > 0.1 * max(glyphs[i].size, 1) { close() }
            column.append(i)
        }
        close()
        return turned
    }

    /// Whether a glyph is one a vertical line turns rather than sets upright: Latin letters,
    /// figures and the marks of numbers and addresses (not `●` or `※`, as wide as they are tall).
    static func isTurnable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-.@_:/()+".unicodeScalars.contains(scalar))
    }

    /// Whether `next` runs on from `glyph` downwards, both turned a quarter clockwise.
    static func descends(_ glyph: Glyph, _ next: Glyph) -> Bool {
        let a = glyph.box, b = next.box
        let size = max(glyph.size, 1)
        return abs(b.y0 - a.y1) <= 0.15 * size && abs(a.x0 - b.x0) <= 0.1 * size && abs(a.x1 - b.x1) <= 0.1 * size
    }
}
