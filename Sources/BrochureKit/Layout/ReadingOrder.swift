/// Orders a page's blocks as a person reads them, by Breuel's topological rules.
///
/// On a horizontal page: a block comes before another it overlaps horizontally and sits
/// above; and before a block entirely to its right unless something spanning both lies
/// between them vertically (a full-width heading ends the columns above it). A vertical
/// page mirrors this: right to left, then top to bottom.
struct ReadingOrder {
    let vertical: Bool

    func sort(_ blocks: [Block]) -> [Block] {
        guard blocks.count > 1 else { return blocks }
        let badges = vertical ? [:] : Self.badges(blocks)
        let tabs = vertical ? [:] : Self.leftTabs(blocks)
        let units = joiningBadges(
            joiningContactTails(
                joiningLevelTags(joiningDefinitions(sideHeadingUnits(blocks, badges: badges, tabs: tabs), blocks: blocks), blocks: blocks), blocks: blocks),
            badges: badges, blocks: blocks)
        // Work in a frame where reading goes "down, then right".
        let order = sortUnits(
            movingRailHeadings(units.map { unit in Rect.enclosing(unit.map { blocks[$0].box })! }, units: units, blocks: blocks).enumerated().map { u, box in
                units[u].count == 1 ? tabs[units[u][0]] ?? box : box
            },
            headings: units.map { blocks[$0[0]].kind == .heading || Self.namesSection(blocks[$0[0]]) || StackedTitle.names(blocks[$0[0]]) },
            headingLines: units.map { unit in
                // (A chapter number set before it, `07` | `お問い合わせ`, is part of its line.)
                let numbered = unit.count == 2 && Self.isChapterNumber(blocks[unit[0]]) ? unit[1] : nil
                let head = numbered ?? unit[0]
                guard unit.count == 1 || numbered != nil || EnglishGloss.beside(unit[0], in: blocks) == unit[1], blocks[head].kind == .heading, blocks[head].lines.count == 1,
                    SectionKind.opened(by: blocks[head].lines[0].text) != nil
                else { return nil }
                return blocks[head].lines[0].em
            },
            titles: units.map { Self.namesSection(blocks[$0[0]]) },
            named: units.map { Self.opensWithTitle(blocks[$0[0]]) },
            opens: units.map { unit in
                unit.contains { blocks[$0].lines.count == 1 && SectionKind.opened(by: EnglishGloss.stripped(blocks[$0].lines[0].text)) != nil }
            },
            numbers: units.map { unit in unit.contains { Self.isChapterNumber(blocks[$0]) } },
            latin: units.map { Self.isLatin(blocks[$0[0]]) })
        return order.flatMap { units[$0].map { blocks[$0] } }
    }

    /// A one-line block that names a brochure section (`8 仕事と家庭の両立支援` set in white on a
    /// band, in the body font) is a heading for ordering, whatever its size.
    static func namesSection(_ block: Block) -> Bool {
        block.lines.count == 1 && block.table == nil && SectionKind.opened(by: block.lines[0].text) != nil
    }

    /// Whether a block's first line is a title naming a section, even run into the lines under
    /// it (`採用窓口` over `総合職事務系` in one block): a line of no sentence (no `、` or `。`).
    static func opensWithTitle(_ block: Block) -> Bool {
        guard block.table == nil, let first = block.lines.first?.text else { return false }
        return !first.contains { $0 == "、" || $0 == "。" } && SectionKind.opened(by: first) != nil
    }

    /// Pairs each side heading with the block beside it, so the two are ordered as one.
    ///
    /// A heading set left of its section (`採用窓口`, or `研修制度` set vertically) is entirely
    /// left of the sections above it too, and Breuel's rule alone would read every such
    /// heading before any section. Tops aligned within an em and a gap under three ems make
    /// the pair. A vertical heading's section may open with a subheading (`【総合職事務系】`) set
    /// level with the heading's top, a little above the text under it: that is its partner.
    /// (A tab centred on its section, `tabs`, heads that section alone: `leftTabs`.)
    private func sideHeadingUnits(_ blocks: [Block], badges: [Int: Int], tabs: [Int: Rect]) -> [[Int]] {
        var partner = [Int?](repeating: nil, count: blocks.count)
        var taken = [Bool](repeating: false, count: blocks.count)
        // A badge's figure (`3年` under `最大`) is set large, but heads nothing.
        let inBadge = Set(badges.keys).union(badges.values)
        for h in blocks.indices where blocks[h].kind == .heading && !vertical && !inBadge.contains(h) && tabs[h] == nil {
            let head = blocks[h].box
            let em = max(blocks[h].lines.map(\.em).max() ?? 10, 1)
            let upright = blocks[h].lines.contains { $0.orientation == .vertical }
            // Its English gloss on its baseline, however far right: read with it.
            if let gloss = EnglishGloss.beside(h, in: blocks), !taken[gloss] {
                partner[h] = gloss
                taken[gloss] = true
                continue
            }
            // A heading with its text right under it heads its own column, whatever starts
            // level with it across the gutter. (Not a side heading's subtitle, `TRAINING` in
            // small type under `研修制度`.)
            if !upright && blocks.contains(where: { b in
                b.kind != .heading && b.box.y0 >= head.y1 - 0.5 && b.box.y0 - head.y1 <= 1.5 * em
                    && (b.lines.map(\.em).max() ?? 0) >= 0.8 * em
                    && b.box.xOverlap(head) >= 0.5 * min(b.box.width, head.width)
            }) {
                continue
            }
            var best: (index: Int, gap: Double)? = nil
            for b in blocks.indices where b != h && !taken[b] && !inBadge.contains(b) && (blocks[b].kind != .heading || upright && Self.isSubheading(blocks[b])) {
                let box = blocks[b].box
                let gap = box.x0 - head.x1
                // The section beside a horizontal side heading is at least about as tall as it:
                // a short line beside a two-line heading is the next column's own heading or
                // caption. (A vertical heading is tall by nature, whatever it heads.)
                guard gap >= -0.2 * em, gap <= 3 * em, abs(box.y0 - head.y0) <= 1.2 * em,
                    upright || box.height >= 0.8 * head.height
                else { continue }
                if best == nil || gap < best!.gap { best = (b, gap) }
            }
            if let best {
                partner[h] = best.index
                taken[best.index] = true
            }
        }
        var units: [[Int]] = []
        for i in blocks.indices where !taken[i] {
            units.append(partner[i].map { [i, $0] } ?? [i])
        }
        return units
    }

    /// A horizontal heading of a line or two, which a vertical side heading can head: the
    /// first line of its section (`【総合職事務系】`), not another rail heading.
    static func isSubheading(_ block: Block) -> Bool {
        block.kind == .heading && block.lines.count <= 2 && block.lines.allSatisfy { $0.orientation == .horizontal }
    }

    /// Orders the units band by band: a full-width gap where no column continues (the blocks
    /// on either side start and end at different x) ends one arrangement of columns, and
    /// everything above it is read first. Within a band, Breuel's rules decide.
    /// `headingLines`: the line height of each unit that is a one-line section heading alone;
    /// `titles`: whether each unit opens with a one-line title naming a section, in any type;
    /// `named`: whether its first line names a section, even run into the lines under it.
    /// `opens`: whether a one-line block of the unit opens a section; `numbers`: whether the unit holds a chapter number (alone, or paired with its heading).
    private func sortUnits(_ boxes: [Rect], headings: [Bool], headingLines: [Double?], titles: [Bool], named: [Bool], opens: [Bool], numbers: [Bool], latin: [Bool]) -> [Int] {
        let frame = boxes.map { vertical ? Rect(x0: $0.y0, y0: -$0.x1, x1: $0.y1, y1: -$0.x0) : $0 }
        var bands: [[Int]] = []
        var current: [Int] = []
        var bottom = -Double.infinity
        // The row of items a section heading opened across the gutter, while its band lasts.
        var row: (heading: Int, items: [Int])? = nil
        // The heading and the box of figures level with it across the gutter (`levelTwin`).
        var boxRow: (heading: Int, items: [Int])? = nil
        for i in frame.indices.sorted(by: { frame[$0].y0 < frame[$1].y0 }) {
            let afterRow = (row.map { Self.endsRowAcross(i, row: $0, band: current, frame, headingLines: headingLines) } ?? false)
                || (boxRow.map { Self.endsRowAcross(i, row: $0, band: current, frame, headingLines: headingLines) && !Self.resumes($0.items[0], under: i, frame) } ?? false)
            let below = !current.isEmpty && frame[i].y0 > bottom
            // A heading whose row of items runs across the gutter starts a band even where it
            // goes on down its column (under a paragraph across the page).
            let across = headingLines[i] != nil && (afterRow || below || current.isEmpty)
                ? Self.rowAcross(i, starting: Self.starting(under: current, below: i, frame, reach: 3 * headingLines[i]!), above: current, frame, headings: headings, line: headingLines[i])
                : nil
            if !current.isEmpty && (afterRow || below
                && (across != nil || Self.opensChapter(above: current, first: i, frame, opens: opens, numbers: numbers)
                    || !continuesColumn(above: current, below: i, frame, headings: headings, headingLines: headingLines, titles: titles, named: named, latin: latin)))
            {
                row = across.map { (i, $0) }
                boxRow = nil
                bands.append(current)
                current = []
            } else if current.isEmpty, let across {
                // (The page's first heading heads its row from the page's head.)
                row = (i, across)
            }
            // A section heading with a box of figures' heading level with it across the gutter
            // heads a row of two columns: the next heading as large under the left one, once the
            // box has ended above it for good, starts the next row (`数字で見る…` beside `採用予定`,
            // then `配属先` under both).
            if boxRow == nil, let twin = Self.levelTwin(i, frame, headings: headings, headingLines: headingLines, titles: titles) { boxRow = (i, [twin]) }
            current.append(i)
            bottom = max(bottom, frame[i].y1)
        }
        if !current.isEmpty { bands.append(current) }
        return bands.flatMap { band -> [Int] in
            let boxes = widenCentredHeadings(band.map { frame[$0] }, headings: band.map { headings[$0] })
            return breuel(widenLoneRows(boxes, headings: band.map { headings[$0] }, page: frame)).map { band[$0] }
        }
    }

    /// How far a gap's measures reach: the line height of the block under it, within 4 and 12 pt.
    private static func gapTolerance(_ next: Rect) -> Double {
        max(min(next.height, 12), 4)
    }

    /// The units that start under the gap below `above`, no further down than three tolerances
    /// under `below`'s top, or than `reach` under its foot when that is further (the items a
    /// heading heads, `rowAcross`, may stand three of its lines under it).
    private static func starting(under above: [Int], below: Int, _ boxes: [Rect], reach: Double = 0) -> [Int] {
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
    private func continuesColumn(above: [Int], below: Int, _ boxes: [Rect], headings: [Bool], headingLines: [Double?], titles: [Bool], named: [Bool], latin: [Bool]) -> Bool {
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
        // edge of the block right above it in the column counts as the column's too.
        func indentedEdge(_ a: Int) -> Double? {
            above.filter { boxes[$0].y1 <= boxes[a].y0 + 0.5 && boxes[$0].xOverlap(boxes[a]) > 0 }.max { boxes[$0].y1 < boxes[$1].y1 }
                .map { boxes[$0].x0 }.flatMap { $0 > boxes[a].x0 ? $0 : nil }
        }
        for b in starting {
            let lower = boxes[b]
            // Same left edge, or a heading centred over the block below it.
            for a in near where (abs(boxes[a].x0 - lower.x0) <= max(tolerance, 1.5 * (headingLines[a] ?? 0))
                || indentedEdge(a).map({ abs($0 - lower.x0) <= tolerance }) == true
                || Self.isInsetHeading(boxes[a], heading: headings[a] && !headings[b], over: lower)
                || (lower.x0 <= boxes[a].x0 + tolerance && lower.x1 >= boxes[a].x1 - tolerance
                    && abs(boxes[a].midX - lower.midX) <= 0.15 * lower.width))
                && boxes[a].xOverlap(lower) >= 0.5 * min(boxes[a].width, lower.width)
            {
                let intrudes = near.contains { other in other != a && boxes[other].xOverlap(lower) > tolerance }
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

    /// Whether a heading starts in from the left edge of the text right under it, by an icon's
    /// width (a pictogram drawn before `採用実績`, which the text layer does not hold), and ends
    /// inside it: it heads that text's column. Within three of its line heights: further in, it
    /// is a caption over the text's right part; further above, or over another heading (a
    /// cover's title over its lead), it heads no column.
    static func isInsetHeading(_ head: Rect, heading: Bool, over lower: Rect) -> Bool {
        heading && head.x0 >= lower.x0 && head.x0 - lower.x0 <= 3 * head.height && head.x1 <= lower.x1
            && lower.y0 - head.y1 <= 1.5 * head.height
    }

    private func breuel(_ boxes: [Rect]) -> [Int] {
        let n = boxes.count
        guard n > 1 else { return Array(0..<n) }
        guard n <= 400 else { return fallback(boxes) }
        var successors = [[Int]](repeating: [], count: n)
        var inDegree = [Int](repeating: 0, count: n)
        for a in 0..<n {
            for b in 0..<n where a != b && precedes(a, b, boxes) {
                successors[a].append(b)
                inDegree[b] += 1
            }
        }
        var done = [Bool](repeating: false, count: n)
        var order: [Int] = []
        order.reserveCapacity(n)
        while order.count < n {
            // Among blocks free to go next, take the top-most, then left-most.
            let ready = (0..<n).filter { !done[$0] && inDegree[$0] == 0 }
            // A cycle: break it at the blocks waiting on the fewest others (a narrow line right
            // of a column's items waits on them all), not at the page's top-most block.
            let pool: [Int]
            if ready.isEmpty {
                let waiting = (0..<n).filter { !done[$0] }
                let fewest = waiting.map { inDegree[$0] }.min()!
                pool = waiting.filter { inDegree[$0] == fewest }
            } else {
                pool = ready
            }
            let next = pool.min { key(boxes[$0]) < key(boxes[$1]) }!
            done[next] = true
            order.append(next)
            for s in successors[next] { inDegree[s] -= 1 }
        }
        return order
    }

    private func key(_ box: Rect) -> (Double, Double) { (box.y0, box.x0) }

    private func precedes(_ a: Int, _ b: Int, _ boxes: [Rect]) -> Bool {
        let A = boxes[a]
        let B = boxes[b]
        let tolerance = 0.5
        if A.xOverlap(B) > tolerance {
            return A.midY < B.midY
        }
        guard A.x1 <= B.x0 + tolerance else { return false }
        let lo = min(A.midY, B.midY)
        let hi = max(A.midY, B.midY)
        for c in boxes.indices where c != a && c != b {
            let C = boxes[c]
            if C.midY > lo && C.midY < hi && C.xOverlap(A) > tolerance && C.xOverlap(B) > tolerance { return false }
        }
        return true
    }

    private func fallback(_ boxes: [Rect]) -> [Int] {
        boxes.indices.sorted { key(boxes[$0]) < key(boxes[$1]) }
    }
}
