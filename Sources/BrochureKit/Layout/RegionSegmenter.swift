/// Cuts a page into regions until tables can be found without mixing in the column beside them.
///
/// A recursive XY-cut: a region with a gutter running its full height is first tested as a
/// table and otherwise cut into columns; a region without one is cut at its full-width gaps,
/// and consecutive slices that share a gutter are kept together, since they are either rows
/// of one table or one stretch of a multi-column layout. The cut only scopes table detection;
/// reading order is decided later, on blocks.
struct RegionSegmenter {
    let detector = TableDetector()
    /// Which paragraph of running text each line belongs to, if any.
    private var flows: [TextLine: Int] = [:]
    /// The texts of the short lines that name a brochure section, found once per page.
    private var sectionNames: Set<String> = []

    struct Result {
        var tables: [(table: Table, lines: [TextLine])] = []
        var rest: [TextLine] = []
    }

    func segment(_ lines: [TextLine]) -> Result {
        var result = Result()
        result.rest = lines.filter { $0.orientation == .vertical }
        let horizontal = lines.filter { $0.orientation == .horizontal }
        var segmenter = self
        segmenter.flows = TextFlows.find(in: horizontal, unit: em(horizontal))
        // (`prefix(13)`: counting every character of every long line was 1% of `extract`.)
        segmenter.sectionNames = Set(horizontal.map(\.text).filter { $0.prefix(13).count <= 12 && SectionKind.opened(by: $0) != nil })
        segmenter.visit(horizontal, depth: 0, into: &result)
        // Rows a cut left under a table first, so the gap to a continuation is measured from
        // the table's real end; then continuations; then the rows under those.
        TableContinuations.absorbingTrailingRows(&result.tables, from: &result.rest)
        result.tables = TableContinuations.joining(result.tables)
        TableContinuations.absorbingTrailingRows(&result.tables, from: &result.rest)
        TableContinuations.absorbingHeaderRows(&result.tables, from: &result.rest)
        return result
    }

    private func em(_ lines: [TextLine]) -> Double {
        max(Median.of(lines.map(\.box.height), or: 10), 1)
    }

    private func bounds(_ lines: [TextLine]) -> ClosedRange<Double> {
        lines.map(\.box.x0).min()!...lines.map(\.box.x1).max()!
    }

    private func visit(_ lines: [TextLine], depth: Int, into result: inout Result) {
        guard lines.count >= 2, depth < 64 else {
            result.rest += lines
            return
        }
        let unit = em(lines)
        let span = bounds(lines)
        // Horizontal structure first: slices stacked at full-width gaps, grouped while they
        // share a gutter. A table below two columns is then cut off before any vertical cut,
        // even when its column gap happens to continue the page's gutter.
        let slices = keepingFlowsWhole(Self.slices(lines))
        if slices.count > 1 {
            let groups = group(slices, span: span, unit: unit)
            if groups.count > 1 {
                for group in groups {
                    let groupLines = group.flatMap { $0 }
                    if group.count == 1 && Gutters(lines: groupLines, bounds: bounds(groupLines), minimum: 0.8 * unit).intervals.isEmpty {
                        result.rest += groupLines
                    } else {
                        visit(groupLines, depth: depth + 1, into: &result)
                    }
                }
                return
            }
        }
        let gutters = Gutters(lines: lines, bounds: span, minimum: 0.8 * unit).interior(span)
            .sorted { $0.upperBound - $0.lowerBound > $1.upperBound - $1.lowerBound }
        guard let widest = gutters.first else {
            result.rest += lines
            return
        }
        // Cut first where the two sides are independent (text beside, or rows of their own
        // pitch); a region whose every gutter joins shared rows is tested as one table.
        // Two section headings side by side (【配属実績】 beside 【試験区分】) head two columns:
        // the gutter between them is cut first, whatever aligns below.
        let betweenHeadings = gutterBetweenHeadings(lines, gutters: gutters)
        // A gutter running text borders is a page column's edge: cut there before any gutter
        // that is only suspected of separating rows of different pitch.
        let independent = betweenHeadings
            ?? gutters.first { separatesProse(lines, at: $0, unit: unit) }
            ?? gutters.first { !rowsAlign(lines, at: ($0.lowerBound + $0.upperBound) / 2) }
        if independent == nil, accept(detector.detect(lines), into: &result) { return }
        let chosen = independent ?? widest
        let cut = (chosen.lowerBound + chosen.upperBound) / 2
        visit(lines.filter { $0.box.midX < cut }, depth: depth + 1, into: &result)
        visit(lines.filter { $0.box.midX >= cut }, depth: depth + 1, into: &result)
    }

    /// Whether either side of a gutter holds running text. Table rows are padded apart and
    /// a cell rarely wraps past three lines; a column of text beside a table does nothing else.
    private func separatesProse(_ lines: [TextLine], at gutter: ClosedRange<Double>, unit: Double) -> Bool {
        // The lines that border the gutter, on either side: running text there means the
        // gutter is a page column's edge, not a gap between a table's columns.
        lines.contains { line in
            guard flows[line] != nil else { return false }
            let box = line.box
            // Text starts at the gutter's right edge (left-aligned), and ends near its left
            // edge (ragged), with nothing between.
            if box.x1 <= gutter.lowerBound + 0.5 && box.x1 >= gutter.lowerBound - 4 * unit {
                return !lines.contains { $0.box.x0 >= box.x1 - 0.5 && $0.box.x1 <= gutter.lowerBound + 0.5 && $0.box.yOverlap(box) > 0 && $0 != line }
            }
            if box.x0 >= gutter.upperBound - 0.5 && box.x0 <= gutter.upperBound + unit {
                return true
            }
            return false
        }
    }

    /// Whether the two sides of a gutter sit on shared rows, as a table's cells do.
    ///
    /// Compared as row bands, so a cell of two lines or one centred over two rows still meets
    /// its row. Two tables side by side have rows of their own pitch, so many bands find no
    /// partner. A sparse side (a column of cells each spanning rows) is judged alone: its
    /// bands must all meet a row, while the dense side's many rows cannot all meet it.
    private func rowsAlign(_ lines: [TextLine], at cut: Double) -> Bool {
        let left = Self.cellRows(lines.filter { $0.box.midX < cut })
        let right = Self.cellRows(lines.filter { $0.box.midX >= cut })
        // A cell spanning rows sits between two rows, touching both or neither.
        func between(_ band: Rect, _ other: [Rect]) -> Bool {
            other.contains { $0.y1 <= band.y0 && $0.y1 >= band.y0 - band.height }
                && other.contains { $0.y0 >= band.y1 && $0.y0 <= band.y1 + band.height }
        }
        // A row meets a row of the other side, or is a group label centred over two of them.
        func partnered(_ side: [Rect], _ other: [Rect]) -> Double {
            let matched = side.filter { band in
                other.contains { $0.yOverlap(band) >= 0.5 * min($0.height, band.height) } || between(band, other)
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

    /// Row bands with a cell's second line counted in its row: a band tight under another
    /// that fills only some of its columns. The next row of a tight table fills them all,
    /// unless every cell of it is bracketed: a bracket under each count (`20名` over
    /// `（うち女性7名）`) is the second line of each cell, never a row of its own.
    static func cellRows(_ lines: [TextLine]) -> [Rect] {
        var rows: [RowBand] = []
        for band in RowBand.bands(of: lines) {
            if let last = rows.last, band.box.y0 - last.box.y1 <= 0.65 * last.em,
                band.lines.allSatisfy({ line in last.lines.contains { $0.box.xOverlap(line.box) > 0 } }),
                band.cellCount < last.cellCount || band.cellCount == 1 || band.lines.allSatisfy({ Self.bracketed($0.text) })
            {
                rows[rows.count - 1] = RowBand(lines: last.lines + band.lines)
            } else {
                rows.append(band)
            }
        }
        return rows.map(\.box)
    }

    /// A line wholly in brackets: `（うち女性7名）`, `(予定)`.
    static func bracketed(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard let first = trimmed.first, let last = trimmed.last, trimmed.count >= 3 else { return false }
        return "(（".contains(first) && ")）".contains(last)
    }

    /// Takes the tables found when nothing else sits beside them; otherwise the region needs cutting.
    private func accept(_ found: TableDetector.Result, into result: inout Result) -> Bool {
        guard !found.tables.isEmpty else { return false }
        // A row holding a section heading beside other cells is two columns side by side, not
        // a table: a table never has a section heading in its body.
        for (table, _) in found.tables {
            if SectionNameInTableBody.found(in: table, sectionNames: sectionNames) { return false }
            for row in table.rows where row.filter({ !$0.text.isEmpty }).count >= 2 {
                // (Marked as a heading: bracketed, bulleted or numbered. A header cell such as
                // 試験区分 names a section too, and is part of its table.)
                if row.contains(where: { sectionNames.contains($0.text) && SectionKind.strippedTitle($0.text) != $0.text }) {
                    return false
                }
            }
        }
        for line in found.rest {
            for (table, _) in found.tables where line.box.yOverlap(table.box) > 0.2 * line.box.height {
                return false
            }
        }
        result.tables += found.tables
        result.rest += found.rest
        return true
    }

    /// Rejoins slices that cut a paragraph of running text, so a column of text is never
    /// sliced into stripes that pair a few of its lines with a few rows of a table beside it.
    private func keepingFlowsWhole(_ slices: [[TextLine]]) -> [[TextLine]] {
        var merged: [[TextLine]] = []
        var open: Set<Int> = []
        for slice in slices {
            let ids = Set(slice.compactMap { flows[$0] })
            if !merged.isEmpty && !ids.isDisjoint(with: open) {
                merged[merged.count - 1] += slice
                open.formUnion(ids)
            } else {
                merged.append(slice)
                open = ids
            }
        }
        return merged
    }

    /// The gutter with a section heading on each side at the same height, if any.
    ///
    /// Not a gap between a table's columns that happens to run on down to the headings: the
    /// headings head two columns only below the rows above them that cross it, and only when
    /// nothing is left between the gap and the right-hand heading's edge.
    private func gutterBetweenHeadings(_ lines: [TextLine], gutters: [ClosedRange<Double>]) -> ClosedRange<Double>? {
        let headings = lines.filter { namesSection([$0]) }
        guard headings.count >= 2 else { return nil }
        return gutters.first { gutter in
            headings.contains { a in
                a.box.x1 <= gutter.lowerBound + 0.5
                    && headings.contains { b in
                        b.box.x0 >= gutter.upperBound - 0.5 && b.box.yOverlap(a.box) > 0
                            && !TableAcrossGutter.runsAcross(
                                lines.filter { $0.box.y1 <= min(a.box.y0, b.box.y0) && flows[$0] == nil }, gutter: gutter)
                            && !TableAcrossGutter.leavesColumnBehind(lines, gutter: gutter, rightHeading: b.box)
                    }
            }
        }
    }

    /// Whether a slice holds a short line that names a brochure section: a heading, which a
    /// table row never is.
    private func namesSection(_ slice: [TextLine]) -> Bool {
        slice.contains { sectionNames.contains($0.text) }
    }

    /// Lines split at every horizontal gap that runs the full width (gaps under 0.2 em, rows
    /// of a tight table touching, do not count).
    static func slices(_ lines: [TextLine]) -> [[TextLine]] {
        let sorted = lines.sorted { $0.box.y0 < $1.box.y0 }
        var slices: [[TextLine]] = []
        var bottom = -Double.infinity
        for line in sorted {
            if line.box.y0 < bottom + 0.2 * line.box.height, !slices.isEmpty {
                slices[slices.count - 1].append(line)
            } else {
                slices.append([line])
            }
            bottom = max(bottom, line.box.y1)
        }
        return slices
    }

    /// Consecutive slices that share an interior gutter, grouped.
    private func group(_ slices: [[TextLine]], span: ClosedRange<Double>, unit: Double) -> [[[TextLine]]] {
        var groups: [[[TextLine]]] = []
        var shared: Gutters? = nil
        var groupHasFlow = false
        var headingGutter: ClosedRange<Double>? = nil
        for (index, slice) in slices.enumerated() {
            let own = Gutters(lines: slice, bounds: span, minimum: 0.8 * unit)
            let ownInterior = Gutters(lines: slice, bounds: bounds(slice), minimum: 0.8 * unit)
            // Running text starting under table rows begins a new group, however the gaps
            // align; so do slices further apart than a table's rows ever are.
            let hasFlow = slice.contains { flows[$0] != nil }
            let gap = (slice.map(\.box.y0).min() ?? 0) - (groups.last?.last?.map(\.box.y1).max() ?? -Double.infinity)
            // A slice of section headings only (【配属実績】 beside 【試験区分】) never continues a table.
            let opensSection = !slice.isEmpty && slice.allSatisfy { namesSection([$0]) }
            // Section headings side by side head two columns: what follows them, down to the
            // first slice that crosses the left edge of the right-hand heading, is theirs (the
            // left column's text may run wider than its short heading).
            if let columns = headingGutter, gap <= 2.5 * unit, continuesHeadedColumns(slice, columns, unit: unit) {
                groups[groups.count - 1].append(slice)
                shared = Gutters(lines: groups[groups.count - 1].flatMap { $0 }, bounds: span, minimum: 0.8 * unit)
                groupHasFlow = groupHasFlow || hasFlow
                continue
            }
            headingGutter = nil
            if let current = shared, !groups.isEmpty, !hasFlow || groupHasFlow, gap <= 2.5 * unit, !opensSection {
                let both = current.intersection(own, minimum: 0.8 * unit)
                // The shared gutter must have text on both sides in the new slice too: a short
                // heading to one side does not continue the columns or the table above it.
                if !both.interior(bounds(slice)).isEmpty {
                    groups[groups.count - 1].append(slice)
                    shared = both
                    continue
                }
                // The last line of a cell that wrapped, at line spacing under its row.
                if gap <= 0.45 * unit, slice.count == 1, insideOneColumn(slice, current) {
                    groups[groups.count - 1].append(slice)
                    continue
                }
                // Rows of a table in one column that go on below where the other columns end
                // continue that column, even though nothing is left beside them.
                if gap <= 1.5 * unit, continuesRows(slice, current, span: span, unit: unit) {
                    groups[groups.count - 1].append(slice)
                    continue
                }
                // A cell's second line (`際：5名、教養：7名` under `…政治・国`), or a group label
                // centred between two rows, is a slice of its own: inside one column, tight under
                // a row, with rows after it that go on sharing the gutters.
                if gap <= 0.6 * unit, index + 1 < slices.count, insideOneColumn(slice, current),
                    let next = slices[index + 1].map(\.box.y0).min(), let end = slice.map(\.box.y1).max(), next - end <= 2.5 * unit,
                    continuesRows(slices[index + 1], current, span: span, unit: unit)
                {
                    groups[groups.count - 1].append(slice)
                    continue
                }
            }
            groups.append([slice])
            groupHasFlow = hasFlow
            shared = ownInterior.intervals.isEmpty ? nil : own
            headingGutter = gutterBetweenHeadings(slice, gutters: ownInterior.intervals)
        }
        return mergingIndependentColumns(groups, unit: unit)
    }

    /// Whether a slice goes on under two section headings side by side: nothing in it overlaps
    /// the gap between them; or, when it has text on both sides, the left column's text runs
    /// wider than its short heading but stops short of the right-hand heading.
    private func continuesHeadedColumns(_ slice: [TextLine], _ columns: ClosedRange<Double>, unit: Double) -> Bool {
        let edge = columns.upperBound - 0.5 * unit
        if !slice.contains(where: { $0.box.x0 < columns.upperBound - 0.5 && $0.box.x1 > columns.lowerBound + 0.5 }) { return true }
        let bothSides = slice.contains { $0.box.x1 <= edge } && slice.contains { $0.box.x0 >= edge }
        return bothSides && !slice.contains { $0.box.x0 < edge && $0.box.x1 > edge }
    }

    /// Whether `slice` goes on with rows under `gutters`: it shares one with text on both
    /// sides, or it is rows of cells (gutters of its own) inside one of the columns.
    private func continuesRows(_ slice: [TextLine], _ gutters: Gutters, span: ClosedRange<Double>, unit: Double) -> Bool {
        let own = Gutters(lines: slice, bounds: span, minimum: 0.8 * unit)
        if !gutters.intersection(own, minimum: 0.8 * unit).interior(bounds(slice)).isEmpty { return true }
        let interior = Gutters(lines: slice, bounds: bounds(slice), minimum: 0.8 * unit)
        return !interior.intervals.isEmpty && insideOneColumn(slice, gutters)
    }

    /// Whether no line of `slice` crosses one of the gutters.
    private func insideOneColumn(_ slice: [TextLine], _ gutters: Gutters) -> Bool {
        slice.allSatisfy { line in
            !gutters.intervals.contains { line.box.x0 < $0.lowerBound && line.box.x1 > $0.upperBound }
        }
    }

    /// Joins consecutive groups that continue the same independent columns: two tables side
    /// by side whose rows never line up leave full-width gaps at random, and each piece
    /// alone would look like rows of one table.
    private func mergingIndependentColumns(_ groups: [[[TextLine]]], unit: Double) -> [[[TextLine]]] {
        var result: [[[TextLine]]] = []
        for group in groups {
            guard let previous = result.last else {
                result.append(group)
                continue
            }
            let upper = previous.flatMap { $0 }
            let lower = group.flatMap { $0 }
            let a = Gutters(lines: upper, bounds: bounds(upper), minimum: 0.8 * unit)
            let b = Gutters(lines: lower, bounds: bounds(lower), minimum: 0.8 * unit)
            let merged = upper + lower
            let shared = a.intersection(b, minimum: 0.8 * unit).interior(bounds(merged))
            let independent = shared.contains { gutter in
                let cut = (gutter.lowerBound + gutter.upperBound) / 2
                return (separatesProse(merged, at: gutter, unit: unit) || !rowsAlign(merged, at: cut)) && upper.contains { $0.box.midX < cut } && upper.contains { $0.box.midX >= cut }
                    && lower.contains { $0.box.midX < cut } && lower.contains { $0.box.midX >= cut }
            }
            if independent {
                result[result.count - 1] += group
            } else {
                result.append(group)
            }
        }
        return result
    }
}
