/// Groups a page's glyphs into lines from geometry alone, never from content-stream order.
///
/// Three passes: decide each glyph's writing direction from the spacing of its neighbours,
/// chain glyphs into tight runs, then join runs on one row unless the whitespace between them
/// continues above or below (a column gutter or a table column), which a word gap never does.
struct LineBuilder {
    let page: Page
    private let boxes: [Rect]
    let grid: SpatialGrid
    private let medianHeight: Double
    /// `page.fonts[n].isBold` by font number, read once per glyph without touching the names.
    private let fontIsBold: [Bool]
    /// Glyphs of Latin text turned to run down a vertical line (`turnedDown`).
    private let turned: Set<Int>

    init(page: Page) {
        self.page = page
        self.boxes = page.glyphs.map(\.box)
        self.fontIsBold = page.fonts.map(\.isBold)
        self.medianHeight = max(Median.of(boxes.map(\.height), or: 10), 1)
        self.grid = SpatialGrid(boxes: boxes, cellSize: medianHeight * 2)
        self.turned = Self.turnedDown(page.glyphs)
    }

    func build() -> [TextLine] {
        guard !boxes.isEmpty else { return [] }
        var vertical = Set<Int>()
        var lines: [TextLine] = []
        let stopped = Self.withStops(verticalChains(), boxes: boxes, glyphs: page.glyphs, grid: grid)
        for chain in Self.withUprightFigures(stopped, boxes: boxes, glyphs: page.glyphs, grid: grid) {
            vertical.formUnion(chain)
            lines.append(makeLine(chain, orientation: .vertical))
        }
        let horizontal = boxes.indices.filter { !vertical.contains($0) }
        let (joined, unspaced) = joinRows(tightRuns(horizontal))
        let runs = Self.joiningJustified(joined, boxes: boxes, glyphs: page.glyphs, grid: grid)
        lines += runs.map { makeLine($0, orientation: .horizontal, unspaced: unspaced) }
        return lines
    }

    // MARK: Writing direction

    /// How a glyph's neighbours say it is set: in a vertical line, or a letter-spaced one.
    private enum Direction { case horizontal, vertical, spacedVertical }

    /// Whether a glyph's nearest neighbour in its column is closer than in its row.
    ///
    /// Horizontal Japanese sits on a grid too, so a neighbour below is normal; what tells the
    /// directions apart is the pitch: the character advance is shorter than the line pitch.
    /// `spacedVertical`: a glyph with no neighbour on its row at all, and one in its column up
    /// to 1.7 em off, further than running text sets them: a letter-spaced tab (`事` / `務` /
    /// `系` down a card's edge), taken as a line only three glyphs long or more. (One query
    /// answers both: asking twice cost 6% of `extract` on long documents.)
    private func direction(_ i: Int) -> Direction {
        let box = boxes[i]
        let h = max(box.height, box.width, 1)
        guard Script.isCJK(page.glyphs[i].scalar) else { return turned.contains(i) ? .vertical : .horizontal }
        // Most glyphs have a neighbour in text order one advance away on their row: then a
        // column neighbour would have to sit closer than 0.84 em to win, which only
        // overlapping text does. Deciding those here skips the neighbourhood query.
        for j in stride(from: i - 1, through: i + 1, by: 2) where boxes.indices.contains(j) {
            let other = boxes[j]
            let dx = abs(other.midX - box.midX)
            if abs(other.midY - box.midY) < 0.25 * h && dx > 0.3 * h && dx <= 1.05 * h { return .horizontal }
        }
        let area = Rect(x0: box.x0 - 1.6 * h, y0: box.y0 - 1.6 * h, x1: box.x1 + 1.6 * h, y1: box.y1 + 1.6 * h)
        var rowPitch = Double.infinity
        var columnPitch = Double.infinity
        for j in grid.query(area) where j != i {
            let other = boxes[j]
            let dx = abs(other.midX - box.midX)
            let dy = abs(other.midY - box.midY)
            if dy < 0.25 * h && dx > 0.3 * h { rowPitch = min(rowPitch, dx) }
            if dx < 0.25 * h && dy > 0.3 * h { columnPitch = min(columnPitch, dy) }
        }
        if columnPitch <= 1.3 * h && columnPitch < 0.8 * rowPitch { return .vertical }
        return rowPitch == .infinity && columnPitch > 1.3 * h && columnPitch <= 1.7 * h ? .spacedVertical : .horizontal
    }

    private func verticalChains() -> [[Int]] {
        var strict: [Int] = []
        var spaced: [Int] = []
        for i in boxes.indices {
            switch direction(i) {
            case .vertical: strict.append(i)
            case .spacedVertical: spaced.append(i)
            case .horizontal: break
            }
        }
        // (A column of figures one a row, `３` / `２` / `－` down a table typed with spaces,
        // stands as a letter-spaced tab does, but no tab is spelt in figures alone.)
        return chains(strict, vertical: true, maxGap: 0.6).filter { $0.count >= 2 }
            + (spaced.count >= 3 ? chains(spaced, vertical: true, maxGap: 0.6).filter { $0.count >= 3 && !$0.allSatisfy(isFigure) } : [])
    }

    /// Whether glyph `i` is a figure or the dash a table prints for none.
    private func isFigure(_ i: Int) -> Bool {
        let scalar = page.glyphs[i].scalar
        return TableDetector.isDigit(scalar) || "－―—-‐ー".unicodeScalars.contains(scalar)
    }

    // MARK: Horizontal runs

    /// Chains glyphs left to right while they sit on one row less than 0.3 em apart.
    private func tightRuns(_ indices: [Int]) -> [[Int]] {
        chains(indices, vertical: false, maxGap: 0.3)
    }

    /// Chains glyphs along the writing direction: each joins the open chain whose last glyph
    /// it follows within `maxGap` em and overlaps across the line; a sweep keeps it O(n·lines).
    private func chains(_ indices: [Int], vertical: Bool, maxGap: Double) -> [[Int]] {
        // Work in a frame where the writing direction is +x.
        let frame = vertical ? boxes.map { Rect(x0: $0.y0, y0: $0.x0, x1: $0.y1, y1: $0.x1) } : boxes
        var chains: [[Int]] = []
        var low = Double.infinity, high = -Double.infinity
        for i in indices {
            low = min(low, frame[i].y0)
            high = max(high, frame[i].y1)
        }
        var open = OpenChains(low: low, high: high, bandHeight: medianHeight)
        for i in indices.sorted(by: { frame[$0].x0 < frame[$1].x0 }) {
            let box = frame[i]
            if let chain = open.best(for: box, maxGap: maxGap) {
                chains[chain].append(i)
                open.extend(chain, with: box)
            } else {
                chains.append([i])
                _ = open.open(box)
            }
        }
        return chains
    }

    /// The marks a list hangs before its items' first lines.
    static let hangingBullets: Set<Unicode.Scalar> = ["●", "○", "■", "□", "◆", "◇", "▪", "•", "▶", "▷", "➢", "★", "☆"]

    /// Joins runs of one row across word-sized gaps, but never across a gutter; and the glyphs
    /// of a count printed a figure to a box or of a letter-spaced title, each to take no space
    /// before it (`unspaced`).
    private func joinRows(_ runs: [[Int]]) -> (runs: [[Int]], unspaced: Set<Int>) {
        let bounds = runs.map { run in Rect.enclosing(run.map { boxes[$0] })! }
        var next = [Int?](repeating: nil, count: runs.count)
        var hasPrevious = [Bool](repeating: false, count: runs.count)
        let order = runs.indices.sorted { bounds[$0].x0 < bounds[$1].x0 }
        let runGrid = SpatialGrid(boxes: bounds, cellSize: medianHeight * 2)
        var unspaced = Set<Int>()
        for a in order {
            let left = bounds[a]
            let h = max(left.height, 1)
            var best: (run: Int, gap: Double)? = nil
            let reach = Rect(x0: left.x1 - 0.1 * h, y0: left.y0, x1: left.x1 + 3 * h, y1: left.y1)
            // Only to a run starting further right, so the links can never close a loop.
            for b in runGrid.query(reach) where b != a && !hasPrevious[b] && bounds[b].x0 > left.x0 {
                let right = bounds[b]
                let gap = right.x0 - left.x1
                let sameBaseline = abs(right.y1 - left.y1) <= 0.15 * max(left.height, right.height)
                guard gap >= -0.1 * h, gap <= 3 * min(left.height, right.height),
                    right.yOverlap(left) >= 0.6 * min(left.height, right.height),
                    sameBaseline || abs(right.height - left.height) <= 0.35 * max(left.height, right.height)
                else { continue }
                if best == nil || gap < best!.gap { best = (b, gap) }
            }
            guard let best else { continue }
            let lastGlyph = page.glyphs[runs[a].max { boxes[$0].x1 < boxes[$1].x1 }!].scalar
            let firstGlyph = page.glyphs[runs[best.run].min { boxes[$0].x0 < boxes[$1].x0 }!].scalar
            func text(_ run: Int) -> [Unicode.Scalar] { runs[run].sorted { boxes[$0].x0 < boxes[$1].x0 }.map { page.glyphs[$0].scalar } }
            // (Run lengths first: the texts are built only for a short run before a long one.)
            let labelled = runs[a].count <= 6 && runs[best.run].count >= 10 && Self.labelsPhone(text(a), text(best.run))
                && !Self.otherLabels(under: left, before: bounds[best.run].x0, runs: bounds, grid: runGrid, text: text)
            // A gap inside a count's brackets (`９（　２）`, padded to its column's width) parts no
            // cells, however many rows are padded alike and line up.
            let padded = (Self.openingBrackets.contains(lastGlyph) || Self.closingBrackets.contains(firstGlyph))
                && Self.padsCount(text(a), text(best.run))
            // A count printed a figure to a box (`1|2|（|5|）`) is one word, though every row's
            // boxes line up; so is a title letter-spaced in display type (`仙　　台　　市…`),
            // however its letters line up with columns below. Neither takes a space.
            let single = runs[a].count == 1 && runs[best.run].count == 1
            let oneWord = single && best.gap <= 0.7 * h && Self.isBoxedFigure(lastGlyph) && Self.isBoxedFigure(firstGlyph)
                || single && h >= 2 * medianHeight && abs(bounds[best.run].height - left.height) <= 0.05 * h
                    && Script.isCJK(lastGlyph) && Script.isCJK(firstGlyph) && lastGlyph.properties.isAlphabetic && firstGlyph.properties.isAlphabetic
            // A bullet hung in the margin (`◆` in a symbol font, a third of an em before its
            // title) opens its line, though the bullets line up down the list as a column would.
            let bullet = runs[a].count == 1 && !hasPrevious[a] && best.gap <= 0.5 * h && Self.hangingBullets.contains(lastGlyph)
            let columns = !oneWord && !labelled && !padded && !bullet && alignsAsCells(left, bounds[best.run], runs: bounds, grid: runGrid, except: [a, best.run])
            if oneWord {
                unspaced.insert(runs[best.run][0])
                next[a] = best.run
                hasPrevious[best.run] = true
            } else if labelled || bullet || (!columns && !isGutter(between: left, and: bounds[best.run], lastLeft: lastGlyph, firstRight: firstGlyph, rightText: { Self.rowText(from: best.run, bounds: bounds, grid: runGrid, text: text) })
                && !Self.stepsLabelRow(a, best.run, bounds: bounds, grid: runGrid))
            {
                next[a] = best.run
                hasPrevious[best.run] = true
            }
        }
        // Each run has at most one predecessor and links only rightwards: chains are disjoint.
        return (Self.following(runs, from: runs.indices.filter { !hasPrevious[$0] }) { next[$0] }, unspaced)
    }

    /// The runs joined along their links, one chain from each start (a run no other links to).
    static func following(_ runs: [[Int]], from starts: [Int], next: (Int) -> Int?) -> [[Int]] {
        starts.map { start in
            var run = runs[start]
            var cursor = next(start)
            while let c = cursor {
                run += runs[c]
                cursor = next(c)
            }
            return run
        }
    }

    // MARK: Assembly

    private func makeLine(_ indices: [Int], orientation: TextLine.Orientation, unspaced: Set<Int> = []) -> TextLine {
        // Runs come from a sweep along the line, so they are nearly always in order already:
        // checking costs a pass, sorting every line cost a tenth of a dense table's layout.
        let horizontal = orientation == .horizontal
        func precedes(_ a: Int, _ b: Int) -> Bool {
            if horizontal { return boxes[a].x0 < boxes[b].x0 }
            // (Figures set across a vertical line stand side by side: `12` reads left to right.)
            let level = 0.5 * min(boxes[a].height, boxes[b].height)
            return abs(boxes[a].y0 - boxes[b].y0) < level ? boxes[a].x0 < boxes[b].x0 : boxes[a].y0 < boxes[b].y0
        }
        var ordered = indices
        if zip(indices, indices.dropFirst()).contains(where: { precedes($1, $0) }) { ordered.sort(by: precedes) }
        // A column poppler reads from the bottom up, glyph after glyph, is a line turned 90°
        // to run upwards (a side label on a tab), not 縦書き: read it as poppler does.
        if orientation == .vertical, zip(ordered, ordered.dropFirst()).allSatisfy({ $1 == $0 - 1 }) { ordered.reverse() }
        // Written as UTF-8 bytes: `UnicodeScalarView.append` cost some 400 instructions a
        // glyph, and every glyph of a document passes here.
        var text: [UInt8] = []
        text.reserveCapacity(3 * ordered.count + 8)
        var box = boxes[ordered[0]]
        var sizes: [Double] = []
        sizes.reserveCapacity(ordered.count)
        var widths: [Double] = []
        widths.reserveCapacity(ordered.count)
        var boldCount = 0
        // Counted in an array by font number (a page has a handful of fonts); a dictionary
        // per line showed in profiles. Numbers outside the page's fonts, which only a
        // hand-made page has, are counted apart.
        var fontCounts = [Int](repeating: 0, count: fontIsBold.count)
        var strayFonts: [Int: Int] = [:]
        var previous: Int? = nil
        for i in ordered {
            let glyph = page.glyphs[i]
            if let p = previous, orientation == .horizontal {
                let gap = boxes[i].x0 - boxes[p].x1
                let h = max(boxes[i].height, boxes[p].height)
                let bothCJK = Script.isCJK(page.glyphs[p].scalar) && Script.isCJK(glyph.scalar)
                // A change of type across a gap a third of an em wide is a title and its text
                // (`お問い合わせ` bold at 10 pt, then its intro at 8 pt), not one word.
                let retyped = glyph.font != page.glyphs[p].font || abs(glyph.size - page.glyphs[p].size) > 0.05 * h
                // (Brackets with nothing inside, `（ ）` in a note on the women's figures, hold a blank
                // however narrow: no letter-spacing sets a gap between a pair of brackets.)
                let spaced = gap > (bothCJK && !retyped ? 0.8 : bothCJK ? 0.35 : 0.2) * h
                    || gap > 0.2 * h && Self.openingBrackets.contains(page.glyphs[p].scalar) && Self.closingBrackets.contains(glyph.scalar)
                if spaced, !unspaced.contains(i) { text.append(0x20) }
            } else if let p = previous, !turned.isEmpty, turned.contains(i), turned.contains(p),
                boxes[i].y0 - boxes[p].y1 > 0.2 * max(page.glyphs[i].size, 1)
            {
                // Latin turned down a vertical line keeps its word gaps (`Recruitment brochure`).
                text.append(0x20)
            }
            UTF8.encode(glyph.scalar) { text.append($0) }
            box = box.union(boxes[i])
            sizes.append(glyph.size)
            widths.append(max(boxes[i].width, 0))
            if fontIsBold.indices.contains(glyph.font) {
                if fontIsBold[glyph.font] { boldCount += 1 }
                fontCounts[glyph.font] += 1
            } else {
                strayFonts[glyph.font, default: 0] += 1
            }
            previous = i
        }
        // Type set smaller beside the line's own and off its baseline (the women's count in
        // small type under the count's baseline, `12`₍₇₎; a raised note mark) stands out of the
        // line's band: the line stands where its largest type does, or its box would reach
        // into the next row's and close the gap between a table's rows.
        if orientation == .horizontal, let largest = sizes.max(), sizes.contains(where: { $0 < 0.8 * largest }) {
            var y0 = Double.infinity, y1 = -Double.infinity
            for i in ordered where page.glyphs[i].size >= 0.8 * largest {
                y0 = min(y0, boxes[i].y0)
                y1 = max(y1, boxes[i].y1)
            }
            box.y0 = y0
            box.y1 = y1
        }
        // The most used font; on a tie the lowest number.
        var counted = strayFonts.map { (key: $0.key, value: $0.value) }
        for (number, count) in fontCounts.enumerated() where count > 0 { counted.append((number, count)) }
        let font = counted.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0
        var line = TextLine(
            text: String(decoding: text, as: UTF8.self), box: box, fontSize: Median.weighted(sizes, by: widths, or: box.height), isBold: boldCount * 2 > ordered.count,
            orientation: orientation)
        line.fontName = page.fonts.indices.contains(font) ? page.fonts[font].name : ""
        line.color = page.fonts.indices.contains(font) ? page.fonts[font].color : 0
        return line
    }
}
