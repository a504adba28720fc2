/// Headlines set upright at the right of their articles, newspaper style (`採用実績` down the
/// right edge of the hiring article, the next column's article beyond it).
extension ReadingOrder {
    /// The box of the article a vertical section heading stands at the right of; nil when it
    /// heads nothing on its left.
    ///
    /// A newspaper heads an article with a vertical headline at its right, its top level with
    /// the article's, and sets the next article across a column gap. So: the heading names a
    /// section; what stands right of it at its height, if anything, starts a gap of an em and a
    /// half away at least (another column, not the heading's own text); its article is what
    /// starts level with its top on its left, from the nearest block leftwards to where that
    /// block's column begins (an em's slack for a caption set a little further out). Blocks of
    /// columns further left start level with it too, but end before that. With columns beyond
    /// it, the nearest block must be within three ems (`reach`); at the right of all, an
    /// article set narrower than its frame leaves a wider gap, and nothing else is there to head
    /// (within twelve: further off it is a page's label, not an article's).
    static func articleArea(of heading: Block, boxes: [Rect], others: [Int], reach: Double = 3) -> Rect? {
        guard heading.lines.count == 1, SectionKind.opened(by: heading.lines[0].text) != nil else { return nil }
        let head = heading.box
        let em = max(heading.lines[0].em, 1)
        guard !others.contains(where: { boxes[$0].x0 < head.x1 + 1.5 * em && boxes[$0].x1 > head.x0 + 0.5 && boxes[$0].yOverlap(head) > 0 }) else { return nil }
        let level = others.filter { boxes[$0].x1 <= head.x0 + 0.5 && boxes[$0].y0 >= head.y0 - 1.2 * em && boxes[$0].y0 <= head.y1 }
        guard let nearest = level.max(by: { boxes[$0].x1 < boxes[$1].x1 }), head.x0 - boxes[nearest].x1 <= reach * em else { return nil }
        let start = boxes[nearest].x0 - em
        return Rect.enclosing(level.filter { boxes[$0].x0 >= start }.map { boxes[$0] })
    }
}
