/// What a gutter of a region separates: a page's columns (running text on one side, two
/// section headings side by side, rows of a different pitch) or the columns of one table.
struct GutterReading {
    let page: PageLines

    /// Whether the two sides of a gutter sit on shared rows, as a table's cells do.
    ///
    /// Compared as row bands, so a cell of two lines or one centred over two rows still meets
    /// its row. Two tables side by side have rows of their own pitch, so many bands find no
    /// partner. A sparse side (a column of cells each spanning rows) is judged alone: its
    /// bands must all meet a row, while the dense side's many rows cannot all meet it.
    func rowsAlign(_ region: [Int], at cut: Double) -> Bool {
        let leftLines = page.lines(region.filter { page.boxes[$0].midX < cut })
        let rightLines = page.lines(region.filter { page.boxes[$0].midX >= cut })
        let left = Self.cellRows(leftLines)
        let right = Self.cellRows(rightLines)
        // A group label holds words; a figure beside a table (a chart's bar label) is no label.
        let figures = (leftLines + rightLines).filter { $0.text.unicodeScalars.contains(where: TableDetector.isDigit) }.map(\.box)
        func label(_ band: Rect) -> Bool {
            !figures.contains { $0.yOverlap(band) > 0 && $0.x0 >= band.x0 - 0.5 && $0.x1 <= band.x1 + 0.5 }
        }
        // A cell spanning rows sits between two rows, touching both or neither.
        func between(_ band: Rect, _ other: [Rect]) -> Bool {
            other.contains { $0.y1 <= band.y0 && $0.y1 >= band.y0 - band.height }
                && other.contains { $0.y0 >= band.y1 && $0.y0 <= band.y1 + band.height }
        }
        // A row meets a row of the other side, or is a group label centred over two of them.
        func partnered(_ side: [Rect], _ other: [Rect]) -> Double {
            let matched = side.filter { band in
                other.contains { $0.yOverlap(band) >= 0.5 * min($0.height, band.height) } || between(band, other)
                    || label(band) && Self.centredBetween(band, other)
            }
            return Double(matched.count) / Double(max(side.count, 1))
        }
        func spans(_ side: [Rect], _ other: [Rect]) -> Double {
            let matched = side.filter { band in other.contains { $0.yOverlap(band) > 0 } || between(band, other) }
            return Double(matched.count) / Double(max(side.count, 1))
        }
        if left.count * 2 <= right.count { return spans(left, right) >= 0.7 }
        if right.count * 2 <= left.count { return spans(right, left) >= 0.7 }
        // Empty cells leave rows of the fuller side alone; the other side's rows must all
        // meet one.
        if left.count < right.count { return partnered(left, right) >= 0.8 }
        if right.count < left.count { return partnered(right, left) >= 0.8 }
        return min(partnered(left, right), partnered(right, left)) >= 0.7
    }

    /// A cell centred on the two rows it spans (`総務部` beside `人事課` over `総務課`) may
    /// overlap one of them by a point or two: its middle lies midway between two adjacent
    /// rows' middles, within a quarter of its height.
    static func centredBetween(_ band: Rect, _ rows: [Rect]) -> Bool {
        let above = rows.filter { $0.midY < band.midY }.max { $0.midY < $1.midY }
        let below = rows.filter { $0.midY > band.midY }.min { $0.midY < $1.midY }
        guard let above, let below, below.midY - above.midY <= 3 * band.height else { return false }
        return abs((above.midY + below.midY) / 2 - band.midY) <= 0.25 * band.height
    }

    /// Row bands with a cell's second line counted in its row: a band tight under another
    /// that fills only some of its columns. The next row of a tight table fills them all,
    /// unless every cell of it is bracketed: a bracket under each count (`20名` over
    /// `（うち女性7名）`) is the second line of each cell, never a row of its own; nor is a
    /// band set in smaller type (`setSmaller`).
    static func cellRows(_ lines: [TextLine]) -> [Rect] {
        var rows: [RowBand] = []
        // (Each row's cell count, kept beside it: counting sorts the row's lines.)
        var lastCells = 0
        for band in RowBand.bands(of: lines) {
            let cells = band.cellCount
            if let last = rows.last, band.box.y0 - last.box.y1 <= 0.65 * last.em,
                band.lines.allSatisfy({ line in last.lines.contains { $0.box.xOverlap(line.box) > 0 } }),
                cells < lastCells || cells == 1 || band.lines.allSatisfy({ Self.bracketed($0.text) }) || Self.setSmaller(band, under: last)
            {
                rows[rows.count - 1] = RowBand(lines: last.lines + band.lines)
                lastCells = rows[rows.count - 1].cellCount
            } else {
                rows.append(band)
                lastCells = cells
            }
        }
        return rows.map(\.box)
    }

    /// Whether every line of `band` is set markedly smaller than the row above it: a second
    /// line of its cells in small type (`うち経験者1` under `2（0）`), however many cells it fills.
    static func setSmaller(_ band: RowBand, under row: RowBand) -> Bool {
        guard let above = row.lines.map(\.fontSize).max() else { return false }
        return band.lines.allSatisfy { $0.fontSize <= 0.85 * above }
    }

    /// A line wholly in brackets: `（うち女性7名）`, `(予定)`.
    static func bracketed(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard let first = trimmed.first, let last = trimmed.last, trimmed.count >= 3 else { return false }
        return "(（".contains(first) && ")）".contains(last)
    }

    /// Whether two section words level with each other are header cells of one table
    /// (`採用実績` over five years beside `採用予定` over the next): set no larger than the
    /// region's type, tight over the next row (or spaced as the table's rows are, in a row
    /// of header cells: below), with the table's rows running across the gap under them.
    ///
    /// A word under another line of its cell (`採用者数` under `技術系（情報）`, `者数` under `採用`)
    /// is measured from the cell's first line: the rows under the cell's last line are the
    /// table's body, padded apart from its header.
    private func headerCells(_ a: Int, _ b: Int, region: [Int], gutter: ClosedRange<Double>, unit: Double) -> Bool {
        let left = page.lines[cellTop(a, region: region)], right = page.lines[cellTop(b, region: region)]
        guard max(left.box.height, right.box.height) <= 1.1 * unit else { return false }
        let top = max(left.box.y1, right.box.y1)
        let below = region.filter { page.boxes[$0].y0 >= top - 0.5 && page.flows[$0] == nil }
        // Header cells sit tight over the next header row; a section's heading has its gap
        // or its caption under it. Or as far over the first body row as each row is over the
        // next (a table set with air between its rows, `配属先 | 所在地` over 16 pt rows of
        // 8 pt text), the left word over one column on its side of the gap (a heading stands
        // over a table of its own, `採用実績` over `年度 | 事務系 | 技術系`, and so does each of two
        // twins, `配属先 | 配属先`), each word said once (a word said again down its column labels
        // each card of a stack, `採用予定` over each card's count).
        guard let next = below.lazy.map({ page.boxes[$0].y0 }).min() else { return false }
        if next - top > 0.5 * unit {
            guard columnsLeft(of: gutter, in: below, unit: unit) <= 1,
                !below.contains(where: { page.lines[$0].text == left.text || page.lines[$0].text == right.text }),
                next - top <= 1.15 * rowGap(below)
            else { return false }
        }
        return TableAcrossGutter.runsAcross(page.lines(below), gutter: gutter)
    }

    /// How many columns the lines of `lines` left of `gutter` stand in: their left edges,
    /// clustered within an em.
    private func columnsLeft(of gutter: ClosedRange<Double>, in lines: [Int], unit: Double) -> Int {
        let edges = lines.filter { page.boxes[$0].x1 <= gutter.lowerBound + 0.5 }.map { page.boxes[$0].x0 }.sorted()
        return zip(edges, edges.dropFirst()).filter { $1 - $0 > unit }.count + (edges.isEmpty ? 0 : 1)
    }

    /// The usual (median) gap between one row of `lines` and the next, over three rows or
    /// more; zero when there are fewer, or rows overlap, so that they never widen a heading's
    /// allowance.
    private func rowGap(_ lines: [Int]) -> Double {
        var rows: [(y0: Double, y1: Double)] = []
        for i in lines.sorted(by: { page.boxes[$0].y0 < page.boxes[$1].y0 }) {
            let box = page.boxes[i]
            if let last = rows.last, box.y0 < last.y1 - 0.25 * box.height {
                rows[rows.count - 1].y1 = max(last.y1, box.y1)
            } else {
                rows.append((box.y0, box.y1))
            }
        }
        guard rows.count >= 3 else { return 0 }
        let gaps = zip(rows, rows.dropFirst()).map { $1.y0 - $0.y1 }
        return gaps.allSatisfy({ $0 >= 0 }) ? Median.of(gaps, or: 0) : 0
    }

    /// Whether line `i`'s words stand again on its row, elsewhere than across the gutter
    /// (`採用予定数 | 採用者数` under each of `事務職`, `技術職`, `計`): a table's sub-headers, said
    /// once per column group. A section's heading is said once, or twice for two tables of one
    /// design side by side (`配属先 | 配属先`), each heading the other's twin.
    private func repeatsOnRow(_ i: Int, besides partner: Int, region: [Int]) -> Bool {
        let line = page.lines[i]
        return region.contains { j in
            j != i && j != partner && page.lines[j].text == line.text && page.boxes[j].yOverlap(line.box) >= 0.8 * min(page.boxes[j].height, line.box.height)
        }
    }

    /// The first line of the cell that line `i` ends: the lines set tight over it, centred on
    /// it, in its type (a header cell broken over two or three lines).
    private func cellTop(_ i: Int, region: [Int]) -> Int {
        var top = i
        for _ in 0..<2 {
            let box = page.boxes[top], size = page.lines[top].fontSize
            guard let above = region.first(where: { j in
                let over = page.boxes[j]
                return j != top && over.y1 <= box.y0 + 0.5 && box.y0 - over.y1 <= 0.5 * box.height
                    && abs(over.midX - box.midX) <= 0.5 * box.height && abs(page.lines[j].fontSize - size) <= 0.1 * size
            }) else { break }
            top = above
        }
        return top
    }

    /// The gutter with a section heading on each side at the same height, if any.
    ///
    /// Not a gap between a table's columns that happens to run on down to the headings: the
    /// headings head two columns only below the rows above them that cross it, and only when
    /// nothing is left between the gap and the right-hand heading's edge.
    ///
    /// A line of up to twenty characters beside a section heading (`04 採用予定数（試験区分別）`,
    /// too long to be counted a section name itself), on its baseline and in its type, a quarter larger
    /// than the region's own (`採用予定` at 12 pt beside `配属実績`, over 8.5 pt tables), or one
    /// that opens a section with words around its name (`2026年度採用予定（試験区分別）` beside
    /// `職場の取組`, both 10.5 pt over 9 pt text), or any title set a fifth larger than the region's
    /// type (`高松市のすがた` at 11 pt beside `令和7年度採用者の配属先 TOP10`, over 9 pt lists), heads the
    /// column beside it too; so does a section's title up to twenty characters long set so large.
    /// (Not the captions of two tables side by side, `採用者数` and `うち女性` in 9 pt over 7.5 pt,
    /// over the same header row: one table's halves, `captionsHalves`.)
    /// (`body`: the type of the text under a row of headings asked alone, a slice of headings only.)
    func betweenHeadings(_ region: [Int], gutters: [ClosedRange<Double>], body: Double? = nil) -> ClosedRange<Double>? {
        let unit = page.em(region)
        // (Or a longer title naming a section, set larger than the region's text:
        // `令和7年度採用者の配属先 TOP10`.)
        let body = body ?? Median.of(region.map { page.lines[$0].fontSize }, or: 0)
        let named = region.filter { i in
            page.namesSection[i] || page.lines[i].fontSize >= 1.2 * body && CharacterBound.atMost(20, page.lines[i].text)
                && SectionKind.opened(by: page.lines[i].text) != nil
        }
        guard !named.isEmpty else { return nil }
        let headings = named + region.filter { i in
            let line = page.lines[i]
            guard !named.contains(i), CharacterBound.atMost(20, line.text) else { return false }
            let level = named.lazy.map { self.page.lines[$0] }.filter { $0.box.yOverlap(line.box) >= 0.8 * min($0.box.height, line.box.height) }
            guard !level.isEmpty else { return false }
            // (A line opening a section in words of its own may be set a size apart:
            // `2026年度採用予定（総合職）` at 11 pt beside `研修` at 10.)
            let opens = SectionKind.opened(by: line.text) != nil
            return level.contains { abs($0.fontSize - line.fontSize) <= (opens ? 0.15 : 0.05) * $0.fontSize }
                && (line.box.height >= 1.25 * unit || opens || line.fontSize >= 1.2 * body)
        }
        guard headings.count >= 2 else { return nil }
        return gutters.first { gutter in
            headings.contains { a in
                let left = page.titleBox(a)
                return left.x1 <= gutter.lowerBound + 0.5
                    && headings.contains { b in
                        let right = page.titleBox(b)
                        return right.x0 >= gutter.upperBound - 0.5 && right.yOverlap(left) > 0
                            && !TableAcrossGutter.runsAcross(
                                page.lines(region.filter { page.boxes[$0].y1 <= min(left.y0, right.y0) && page.flows[$0] == nil }),
                                gutter: gutter)
                            && !TableAcrossGutter.leavesColumnBehind(page.lines(region), gutter: gutter, rightHeading: right)
                            && !headerCells(a, b, region: region, gutter: gutter, unit: unit)
                            && !repeatsOnRow(a, besides: b, region: region) && !repeatsOnRow(b, besides: a, region: region)
                            && !captionsHalves(left, right, region: region, gutter: gutter, unit: unit)
                    }
            }
        }
    }
}
