/// Groups the full-width slices of a region: consecutive slices that share a gutter are rows
/// of one table or one stretch of a multi-column layout, and stay together.
///
/// Each slice's gutters are found once, from one sort of its lines' extents, and asked of
/// again by the rules below (a slice is tested against the group above it and as the next
/// slice after a tight one): the rules used to find them afresh each time.
struct SliceGrouping {
    let page: PageLines
    let reading: GutterReading
    /// The width of the region being grouped and its typical line height.
    let span: ClosedRange<Double>
    let unit: Double

    /// Rejoins slices that cut a paragraph of running text, so a column of text is never
    /// sliced into stripes that pair a few of its lines with a few rows of a table beside it.
    /// (Paragraph numbers in arrays: a slice meets one or two paragraphs, and a set per slice
    /// cost more to build than the search.)
    func keepingFlowsWhole(_ slices: [[Int]]) -> [[Int]] {
        var merged: [[Int]] = []
        var open: [Int] = []
        for slice in slices {
            let ids = slice.compactMap { page.flows[$0] }
            if !merged.isEmpty && ids.contains(where: open.contains) {
                merged[merged.count - 1] += slice
                open += ids
            } else {
                merged.append(slice)
                open = ids
            }
        }
        return merged
    }

    /// Consecutive slices that share an interior gutter, grouped.
    func group(_ slices: [[Int]]) -> [[[Int]]] {
        let minimum = 0.8 * unit
        let extents = slices.map(page.sortedExtents)
        let bounds = slices.map(page.bounds)
        // Gutters within the region's width (shared with the slices above) and within the
        // slice's own (text on both sides).
        let own = slices.indices.map { Gutters(sortedExtents: extents[$0], bounds: span, minimum: minimum) }
        let ownInterior = slices.indices.map { Gutters(sortedExtents: extents[$0], bounds: bounds[$0], minimum: minimum) }
        let tops = slices.map { slice in slice.lazy.map { page.boxes[$0].y0 }.min() ?? 0 }
        let bottoms = slices.map { slice in slice.lazy.map { page.boxes[$0].y1 }.max() ?? 0 }
        var groups: [[[Int]]] = []
        var shared: Gutters? = nil
        var groupHasFlow = false
        var headingGutter: ClosedRange<Double>? = nil
        var headingSize = 0.0
        /// The region's type, found when a slice may be a row of headings.
        var body: Double? = nil
        /// The groups that open with section headings side by side.
        var headed = Set<Int>()
        for (index, slice) in slices.enumerated() {
            // Running text starting under table rows begins a new group, however the gaps
            // align; so do slices further apart than a table's rows ever are. (Every slice
            // joins a group, so the last slice grouped is the one before.)
            let hasFlow = page.hasFlow(slice)
            let gap = tops[index] - (index > 0 ? bottoms[index - 1] : -Double.infinity)
            // A slice of section headings only (【配属実績】 beside 【試験区分】) never continues a table.
            // (With a title's English gloss on its baseline: `配属実績 … Placement`.)
            let opensSection = slice.contains { page.namesSection[$0] } && slice.allSatisfy { i in
                page.namesSection[i] || slice.contains { h in page.namesSection[h] && EnglishGloss.glosses(page.lines[i], heading: page.lines[h]) }
            }
            // Section headings side by side head two columns: what follows them, down to the
            // first slice that crosses the left edge of the right-hand heading, is theirs (the
            // left column's text may run wider than its short heading).
            // (Down to the next heading in the same type: it opens another arrangement.) The
            // space under the headings is set in their measure: two of their line heights.
            if let columns = headingGutter, gap <= max(2.5 * unit, 2 * headingSize), !slice.contains(where: { page.lines[$0].fontSize >= 0.95 * headingSize }),
                continuesHeadedColumns(slice, columns, first: groups[groups.count - 1].count == 1)
            {
                groups[groups.count - 1].append(slice)
                shared = page.gutters(groups[groups.count - 1].flatMap { $0 }, bounds: span, minimum: minimum)
                groupHasFlow = groupHasFlow || hasFlow
                continue
            }
            headingGutter = nil
            if let current = shared, !groups.isEmpty, !hasFlow || groupHasFlow, gap <= 2.5 * unit, !opensSection,
                groupHasFlow || !headsColumns(slice), groupHasFlow || !leavesTableRows(slice, groups[groups.count - 1])
            {
                let both = current.intersection(own[index], minimum: minimum)
                // The shared gutter must have text on both sides in the new slice too: a short
                // heading to one side does not continue the columns or the table above it.
                if !both.interior(bounds[index]).isEmpty {
                    groups[groups.count - 1].append(slice)
                    shared = both
                    continue
                }
                // Whether a slice goes on with rows under the gutters: it shares one with text
                // on both sides, or it is rows of cells (gutters of its own) inside one of the columns.
                func continuesRows(_ k: Int) -> Bool {
                    if !current.intersection(own[k], minimum: minimum).interior(bounds[k]).isEmpty { return true }
                    return !ownInterior[k].intervals.isEmpty && insideOneColumn(slices[k], current)
                }
                // The last line of a cell that wrapped, at line spacing under its row.
                if gap <= 0.45 * unit, slice.count == 1, insideOneColumn(slice, current) {
                    groups[groups.count - 1].append(slice)
                    continue
                }
                // Rows of a table in one column that go on below where the other columns end
                // continue that column, even though nothing is left beside them.
                if gap <= 1.5 * unit, continuesRows(index) {
                    groups[groups.count - 1].append(slice)
                    continue
                }
                // A cell's second line (`際：5名、教養：7名` under `…政治・国`), or a group label
                // centred between two rows, is a slice of its own: inside one column, tight under
                // a row, with rows after it that go on sharing the gutters.
                if gap <= 0.6 * unit, index + 1 < slices.count, insideOneColumn(slice, current),
                    tops[index + 1] - bottoms[index] <= 2.5 * unit, continuesRows(index + 1)
                {
                    groups[groups.count - 1].append(slice)
                    continue
                }
            }
            groups.append([slice])
            groupHasFlow = hasFlow
            shared = ownInterior[index].intervals.isEmpty ? nil : own[index]
            headingSize = slice.lazy.map { page.lines[$0].fontSize }.max() ?? 0
            if !ownInterior[index].intervals.isEmpty {
                // (The headings' own type is no measure of the text they head: the region's is.)
                body = body ?? Median.of(slices.joined().map { page.lines[$0].fontSize }, or: 0)
                headingGutter = reading.betweenHeadings(slice, gutters: ownInterior[index].intervals, body: body)
                    .map { columnGap(under: $0, after: index, of: slices, headingSize: headingSize) }
                if headingGutter != nil { headed.insert(groups.count - 1) }
            }
        }
        return mergingIndependentColumns(groups, headed: headed)
    }

    /// Whether a slice goes on under two section headings side by side: nothing in it overlaps
    /// the gap between them; or, when it has text on both sides, the left column's text runs
    /// wider than its short heading but stops short of the right-hand heading.
    ///
    /// Nor does a slice of one side only that crosses no edge end them: the right column's text
    /// set within half an em left of its heading (a card's title), or, as the `first` slice
    /// under the headings, a caption under the left heading wider than it (when the column
    /// beside it starts lower down, the caption is a slice alone). Further down, a line of the
    /// left column alone running into the gap opens another arrangement (a table across both).
    private func continuesHeadedColumns(_ slice: [Int], _ columns: ClosedRange<Double>, first: Bool) -> Bool {
        let edge = columns.upperBound - 0.5 * unit
        let boxes = slice.lazy.map { page.boxes[$0] }
        if !boxes.contains(where: { $0.x0 < columns.upperBound - 0.5 && $0.x1 > columns.lowerBound + 0.5 }) { return true }
        guard !boxes.contains(where: { $0.x0 < edge && $0.x1 > edge }) else { return false }
        let leftSide = boxes.contains { $0.x1 <= edge }
        let rightSide = boxes.contains { $0.x0 >= edge }
        return rightSide || (leftSide && first)
    }

    /// Whether a slice is headings only, every line words set a third larger than the region's
    /// type (`働き方改革` beside `新規採用職員の1年間の流れ` at 12 pt under 8.5 pt rows): the
    /// heads of the columns below, which a table above never runs on into.
    private func headsColumns(_ slice: [Int]) -> Bool {
        slice.allSatisfy { i in
            page.boxes[i].height >= 1.3 * unit && !TableDetector.isNumeric(page.lines[i].text)
        }
    }

    /// Whether no line of `slice` crosses one of the gutters.
    private func insideOneColumn(_ slice: [Int], _ gutters: Gutters) -> Bool {
        slice.allSatisfy { i in
            let box = page.boxes[i]
            return !gutters.intervals.contains { box.x0 < $0.lowerBound && box.x1 > $0.upperBound }
        }
    }

    /// Joins consecutive groups that continue the same independent columns: two tables side
    /// by side whose rows never line up leave full-width gaps at random, and each piece
    /// alone would look like rows of one table.
    /// (Not a group opening with headings side by side, `headed`: they start another
    /// arrangement, whatever gutter their columns share with a table above.)
    private func mergingIndependentColumns(_ groups: [[[Int]]], headed: Set<Int>) -> [[[Int]]] {
        let minimum = 0.8 * unit
        var result: [[[Int]]] = []
        for (index, group) in groups.enumerated() {
            guard let previous = result.last, !headed.contains(index) else {
                result.append(group)
                continue
            }
            let upper = previous.flatMap { $0 }
            let lower = group.flatMap { $0 }
            let a = page.gutters(upper, bounds: page.bounds(upper), minimum: minimum)
            let b = page.gutters(lower, bounds: page.bounds(lower), minimum: minimum)
            let merged = upper + lower
            let shared = a.intersection(b, minimum: minimum).interior(page.bounds(merged))
            // (Lines on both sides of the cut in both groups asked first: the cheap test.)
            func straddled(_ region: [Int], _ cut: Double) -> Bool {
                region.contains { page.boxes[$0].midX < cut } && region.contains { page.boxes[$0].midX >= cut }
            }
            let independent = shared.contains { gutter in
                let cut = (gutter.lowerBound + gutter.upperBound) / 2
                return straddled(upper, cut) && straddled(lower, cut)
                    && (reading.separatesProse(merged, at: gutter, unit: unit) || !reading.rowsAlign(merged, at: cut))
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
