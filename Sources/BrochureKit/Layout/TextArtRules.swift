/// A table typed in box-drawing characters (`┌─┬─┐`, `│令和３年度　│　８（３）│`): its
/// borders are rules, no text, and are set aside so the cells align as any rule-less
/// table's do.
///
/// A table pasted from a plain-text e-mail or an old word processor keeps its frame as
/// characters, each row one line of text. Read as text, a row is one run broken only by the
/// `│` between cells, the rule rows are lines of their own, and no column gap shows: the
/// table detector, which finds columns by the gaps between aligned cells, sees paragraphs.
/// Without the frame's characters the cells stand apart where the bars stood, in columns.
/// Only a page holding a frame's corners or junctions (two at least) loses them: a `─`
/// alone is a dash in a sentence.
enum TextArtRules {
    /// The page without its box-drawing characters, or nil when it holds no frame.
    static func removed(from page: Page) -> Page? {
        // Cheap pass: most pages hold no box-drawing character at all.
        guard page.glyphs.contains(where: { isBoxDrawing($0.scalar) }) else { return nil }
        guard page.glyphs.lazy.filter({ isJoint($0.scalar) }).prefix(2).count == 2 else { return nil }
        var result = page
        result.glyphs = page.glyphs.filter { !isBoxDrawing($0.scalar) }
        return result
    }

    /// U+2500–U+257F, the box-drawing block.
    static func isBoxDrawing(_ scalar: Unicode.Scalar) -> Bool {
        (0x2500...0x257F).contains(scalar.value)
    }

    /// A corner or a junction of a frame (`┌`, `┼`, `╋`, `╔`, `╬`): no dash or bar alone.
    static func isJoint(_ scalar: Unicode.Scalar) -> Bool {
        (0x250C...0x254B).contains(scalar.value) || (0x2552...0x256C).contains(scalar.value)
    }
}
