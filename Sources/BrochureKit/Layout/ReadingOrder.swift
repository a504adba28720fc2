/// Orders a page's blocks as a person reads them, by Breuel's topological rules.
///
/// On a horizontal page: a block comes before another it overlaps horizontally and sits
/// above; and before a block entirely to its right unless something spanning both lies
/// between them vertically (a full-width heading ends the columns above it). A vertical
/// page mirrors this: right to left, then top to bottom.
struct ReadingOrder {
    let vertical: Bool
    /// The page's height, where known: a line in its top or bottom margin may be a running
    /// header, marked only once every page is laid out (`placingLoneLines`).
    var pageHeight: Double = 0

    func sort(_ blocks: [Block]) -> [Block] {
        guard blocks.count > 1 else { return blocks }
        let badges = vertical ? [:] : Self.badges(blocks)
        let tabs = vertical ? [:] : Self.leftTabs(blocks)
        let units = joiningTableHalves(joiningBadges(
            joiningContactTails(
                joiningLevelTags(joiningDefinitions(sideHeadingUnits(blocks, badges: badges, tabs: tabs), blocks: blocks), blocks: blocks), blocks: blocks),
            badges: badges, blocks: blocks), blocks: blocks)
        // Work in a frame where reading goes "down, then right".
        let order = sortUnits(
            movingRightRailTitles(movingRailHeadings(units.map { unit in Rect.enclosing(unit.map { blocks[$0].box })! }, units: units, blocks: blocks), units: units, blocks: blocks).enumerated().map { u, box in
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
            latin: units.map { Self.isLatin(blocks[$0[0]]) },
            tops: vertical ? [] : units.map { Self.uprightHeadingTop(of: $0, blocks: blocks) })
        let ordered = order.flatMap { units[$0].map { blocks[$0] } }
        return vertical ? ordered : Self.placingLoneLines(ordered, pageHeight: pageHeight)
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
        return !first.unicodeScalars.contains { $0 == "、" || $0 == "。" } && SectionKind.opened(by: first) != nil
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
            for b in blocks.indices where b != h && !taken[b] && !inBadge.contains(b)
                && (blocks[b].kind != .heading || upright && Self.isSubheading(blocks[b]) && !Self.namesOtherSection(blocks[b], than: blocks[h]))
            {
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
    /// `tops`: for a unit an upright side heading heads, the box it is read by within its band,
    /// as high as the block beside the heading's top (`uprightHeadingTop`).
    private func sortUnits(_ boxes: [Rect], headings: [Bool], headingLines: [Double?], titles: [Bool], named: [Bool], opens: [Bool], numbers: [Bool], latin: [Bool], tops: [Rect?]) -> [Int] {
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
                || (boxRow.map {
                    Self.endsRowAcross(i, row: $0, band: current, frame, headingLines: headingLines) && !Self.resumes($0.items[0], under: i, frame)
                        && !Self.holdsSections($0.items[0], band: current, frame, headingLines: headingLines, titles: titles)
                } ?? false)
            let below = !current.isEmpty && frame[i].y0 > bottom
            // A heading whose row of items runs across the gutter starts a band even where it
            // goes on down its column (under a paragraph across the page).
            let across = headingLines[i] != nil && (afterRow || below || current.isEmpty)
                ? Self.rowAcross(i, starting: Self.starting(under: current, below: i, frame, reach: 3 * headingLines[i]!), above: current, frame, headings: headings, line: headingLines[i])
                : nil
            // A column's last heading whose body is this block across the columns goes with it,
            // in a band of their own, though the block would have gone on down that column.
            let cut = below && !afterRow ? Self.headingOverWideBlock(current, next: i, frame, headings: headings, headingLines: headingLines) : nil
            if !current.isEmpty && (afterRow || cut != nil || below
                && (across != nil || Self.opensChapter(above: current, first: i, frame, opens: opens, numbers: numbers)
                    || !continuesColumn(above: current, below: i, frame, headings: headings, headingLines: headingLines, titles: titles, named: named, latin: latin)))
            {
                row = across.map { (i, $0) }
                boxRow = nil
                bands.append(Array(current[..<(cut ?? current.count)]))
                current = Array(current[(cut ?? current.count)...])
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
            let centred = widenCentredHeadings(band.map { tops.isEmpty ? frame[$0] : tops[$0] ?? frame[$0] }, headings: band.map { headings[$0] })
            let boxes = joiningRowEnds(centred, headings: band.map { headings[$0] }, page: frame)
            return breuel(widenLoneRows(boxes, headings: band.map { headings[$0] }, page: frame)).map { band[$0] }
        }
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
