/// Whether a block under a gap goes on with a column above it, or starts a new arrangement of
/// columns: the band rule of `ReadingOrder.sortUnits`.
extension ReadingOrder {
    /// How far a gap's measures reach: the line height of the block under it, within 4 and 12 pt.
    static func gapTolerance(_ next: Rect) -> Double {
        max(min(next.height, 12), 4)
    }

    /// The units that start under the gap below `above`, no further down than three tolerances
    /// under `below`'s top, or than `reach` under its foot when that is further (the items a
    /// heading heads, `rowAcross`, may stand three of its lines under it).
    static func starting(under above: [Int], below: Int, _ boxes: [Rect], reach: Double = 0) -> [Int] {
        let gapTop = above.map { boxes[$0].y1 }.max() ?? boxes[below].y0
        let limit = max(boxes[below].y0 + 3 * gapTolerance(boxes[below]), boxes[below].y1 + reach)
        return boxes.indices.filter { !above.contains($0) && boxes[$0].y0 >= gapTop && boxes[$0].y0 <= limit }
    }

    /// Whether a block starting just below a gap continues a column from above it: it
    /// starts at the same left edge as a block above (or spans a heading centred over it),
    /// overlaps it, and reaches into no other
    /// block's column (a section spanning two columns below four starts a new band).
    ///
    /// A heading's text may start a marker's width in from its column's edge (a square or a
    /// bar drawn before it): a one-line section heading's left edge counts within one and a
    /// half of its line heights. (Not a title's: set large, it would reach the next column.)
    func continuesColumn(above: [Int], below: Int, _ boxes: [Rect], headings: [Bool], headingLines: [Double?], titles: [Bool], named: [Bool], latin: [Bool]) -> Bool {
        let next = boxes[below]
        let tolerance = Self.gapTolerance(next)
        let gapTop = above.map { boxes[$0].y1 }.max() ?? next.y0
        let starting = Self.starting(under: above, below: below, boxes)
        // The blocks that end each column above the gap: none of the others sits under them.
        let near = above.filter { a in
            boxes[a].y1 >= gapTop - 6 * tolerance
                && !above.contains { other in other != a && boxes[other].y0 >= boxes[a].y1 - 0.5 && boxes[other].xOverlap(boxes[a]) > 0 }
        }
        // A section heading under the gap that reaches into two of the columns above starts a
        // new arrangement (two columns under a row of three boxes), whatever lines up elsewhere.
        // A column's last block may be narrower than the column (notes under a table): it
        // stands for the blocks right above it that end near the gap too. (A title with its
        // gloss in smaller type, `採用予定 EXAMINATION 2026`, is a heading in any type.)
        let columnSpans = near.map { a in
            above.filter { c in
                boxes[c].y1 >= gapTop - 6 * tolerance && boxes[c].y1 <= boxes[a].y0 + 0.5 && boxes[c].xOverlap(boxes[a]) > 0
            }.reduce(boxes[a]) { $0.union(boxes[$1]) }
        }
        if starting.contains(where: { b in
            let reached = columnSpans.filter { $0.xOverlap(boxes[b]) > tolerance }
            return (headingLines[b] != nil || titles[b]) && reached.contains { l in reached.contains { $0.x0 >= l.x1 } }
        }) {
            return false
        }
        // A heading level with one in the other language across the gutter starts a row of a
        // bilingual page.
        if Self.startsBilingualRow(starting, boxes, headings: headings, latin: latin) { return false }
        // A section heading well under the gap (two lines or more), with a column beside it in
        // the band, starts a new arrangement: a box across the page under both columns
        // (`お問い合わせ` and `アクセス`, set at its left), or the next row of sections set two by
        // two (`配属実績 | 試験区分`, then `研修` under the first), not the left column's next section.
        if headingLines[below] != nil, next.y0 - gapTop > 2 * tolerance,
            above.contains(where: { boxes[$0].x0 >= next.x1 })
        {
            return false
        }
        // A section heading over one column whose first row of item headings runs on across the
        // gutter, where the column beside ended well above the heading: its items fill both
        // columns (a 2 × 2 grid of support cards), and the heading starts a new arrangement.
        if Self.headsRowAcross(below, starting: starting, above: above, boxes, headings: headings, line: headingLines[below]) { return false }
        // A section heading under a row of three columns or more whose items start level (a row
        // of cards: `●テレワーク | ●時差出勤 | ●業務改革`) ends the row: the heading is the next
        // section's, read after every card, not the first column's next item.
        if headingLines[below] != nil && near.count >= 3 && near.allSatisfy({ a in near.allSatisfy { $0 == a || boxes[$0].xOverlap(boxes[a]) <= 0 } }) {
            // Each column's own top: blocks over it alone (not a lead spanning the row).
            let tops = near.map { a in
                above.filter { b in
                    b == a || (boxes[b].xOverlap(boxes[a]) > 0 && !headings[b] && !near.contains { $0 != a && boxes[$0].xOverlap(boxes[b]) > 0 })
                }.map { boxes[$0].y0 }.min()!
            }
            if let first = tops.min(), let last = tops.max(), last - first <= tolerance, next.xOverlap(boxes[near[0]]) > 0 || near.contains(where: { next.xOverlap(boxes[$0]) > 0 }) {
                return false
            }
        }
        // A section heading over a row of three boxes or more starting level, one of them inside
        // a column's text above (not at its edge): a new arrangement (three boxes under two
        // columns, `［事務系］ | ［技術系］ | 新潟県庁` under `お問い合わせ・アクセス`) the heading starts.
        if headingLines[below] != nil {
            let row = starting.filter { $0 != below && boxes[$0].y0 >= next.y1 - 0.5 }
            if let top = row.map({ boxes[$0].y0 }).min() {
                let level = row.filter { boxes[$0].y0 - top <= 0.25 * tolerance }
                let columns = above.filter { a in above.contains { boxes[$0].x0 >= boxes[a].x1 || boxes[$0].x1 <= boxes[a].x0 } }
                let inside = level.contains { b in
                    columns.contains { boxes[b].x0 > boxes[$0].x0 + 2 * tolerance && boxes[b].x0 < boxes[$0].x1 - 2 * tolerance }
                }
                // (The row is the heading's: a box under it. Level labels of a chart in the
                // column beside are not.)
                if level.count >= 3 && inside && level.contains(where: { boxes[$0].xOverlap(next) > 0 }) { return false }
            }
        }
        // Section titles starting level in two columns (`両立支援の制度` | `研修制度`) under two
        // columns of one section's items that start level too (under a lead spanning both, or
        // a gap) start a row of the page's grid: that section is read to its end first. The right
        // column may start level with the first block under the left column's title instead
        // (`採用実績` over the left table only, the women table beside it). (Not when the right
        // column above opens with a title of its own: columns of sections, read down.)
        if starting.contains(where: { b in
            titles[b] && starting.contains { c in
                guard titles[c], boxes[c].x0 >= boxes[b].x1, abs(boxes[c].y0 - boxes[b].y0) <= 0.5 * min(boxes[b].height, boxes[c].height) else { return false }
                let spanning = above.filter { boxes[$0].xOverlap(boxes[b]) > tolerance && boxes[$0].xOverlap(boxes[c]) > tolerance }
                let lead = spanning.map { boxes[$0].y1 }.max() ?? -Double.infinity
                let left = above.filter { boxes[$0].y0 >= lead - 0.5 && boxes[$0].xOverlap(boxes[b]) > tolerance }
                let right = above.filter { boxes[$0].y0 >= lead - 0.5 && boxes[$0].xOverlap(boxes[c]) > tolerance }
                guard let leftTop = left.map({ boxes[$0].y0 }).min(), let rightTop = right.map({ boxes[$0].y0 }).min() else { return false }
                // Items: a title and its text at least, in each column (not a caption's heading).
                return left.count >= 2 && right.count >= 2 && (abs(leftTop - rightTop) <= tolerance || left.contains { rightTop > leftTop && abs(boxes[$0].y0 - rightTop) <= tolerance }) && !right.contains { named[$0] }
            }
        }) {
            return false
        }
        // A group label (`〈技術系〉`) may stand out of the column its items are indented to: the
        // edge of the block right above it in the column counts as the column's too. So does
        // an item's title over its text indented under it (`●育児休業…` over `男女とも…`), for
        // the next item's title starting at its edge within two lines under the text.
        func indentedEdge(_ a: Int, over lower: Rect) -> Double? {
            above.filter { boxes[$0].y1 <= boxes[a].y0 + 0.5 && boxes[$0].xOverlap(boxes[a]) > 0 }.max { boxes[$0].y1 < boxes[$1].y1 }
                .flatMap { t in
                    boxes[t].x0 > boxes[a].x0
                        || Self.isItemTitle(boxes[t], heading: headings[t] && !headings[a], over: boxes[a]) && lower.y0 - boxes[a].y1 <= 2 * tolerance
                        ? boxes[t].x0 : nil
                }
        }
        for b in starting {
            let lower = boxes[b]
            // Same left edge, or a heading centred over the block below it.
            for a in near where (abs(boxes[a].x0 - lower.x0) <= max(tolerance, 1.5 * (headingLines[a] ?? 0))
                || indentedEdge(a, over: lower).map({ abs($0 - lower.x0) <= tolerance }) == true
                || Self.isInsetHeading(boxes[a], heading: headings[a] && !headings[b], over: lower)
                || Self.isItemTitle(boxes[a], heading: headings[a] && !headings[b], over: lower)
                || (lower.x0 <= boxes[a].x0 + tolerance && lower.x1 >= boxes[a].x1 - tolerance
                    && abs(boxes[a].midX - lower.midX) <= 0.15 * lower.width))
                && boxes[a].xOverlap(lower) >= 0.5 * min(boxes[a].width, lower.width)
            {
                // (Not a side heading's unit, whose tall box holds `a` and stands out left of the
                // column: the column's own.)
                let intrudes = near.contains { other in
                    other != a && boxes[other].xOverlap(lower) > tolerance
                        && !(headings[other] && boxes[other].y0 < boxes[a].y0 - 0.5 && boxes[other].y1 >= boxes[a].y1 - 0.5
                            && boxes[other].xOverlap(boxes[a]) > 0 && boxes[other].x0 < lower.x0 - tolerance)
                }
                // A block above reaching over another that starts level with this one too (a
                // masthead over the first two columns) heads no column: it ends its band.
                // (Not a title right over its item's lines, `◎…試験` over `▷技術系 | システム6名`.)
                let titled = headings[a] && lower.y0 - boxes[a].y1 <= boxes[a].height
                let spans = !titled && starting.contains { other in
                    other != b && boxes[other].yOverlap(lower) > 0 && boxes[other].x0 >= lower.x1 - 0.5 && boxes[a].xOverlap(boxes[other]) > tolerance
                }
                if !intrudes && !spans { return true }
            }
        }
        return false
    }

    /// Whether a heading is an item's title over its text, indented under it by a mark's width
    /// or two (`●介護休暇（通算6か月）` over `3回まで…`): tight over it, the text starting right
    /// of the title's edge by at most two of its line heights.
    static func isItemTitle(_ head: Rect, heading: Bool, over lower: Rect) -> Bool {
        heading && lower.y0 - head.y1 <= head.height && lower.x0 > head.x0 && lower.x0 - head.x0 <= 2 * head.height
    }

    /// Whether a heading starts in from the left edge of the text right under it, by an icon's
    /// width (a pictogram drawn before `採用実績`, which the text layer does not hold), and ends
    /// inside it: it heads that text's column. Within three of its line heights: further in, it
    /// is a caption over the text's right part; further above, or over another heading (a
    /// cover's title over its lead), it heads no column.
    static func isInsetHeading(_ head: Rect, heading: Bool, over lower: Rect) -> Bool {
        heading && head.x0 >= lower.x0 && head.x0 - lower.x0 <= 3 * head.height && head.x1 <= lower.x1
            && lower.y0 - head.y1 <= 1.5 * head.height
    }
}
