/// Cuts a page into regions until tables can be found without mixing in the column beside them.
///
/// A recursive XY-cut: a region with a gutter running its full height is first tested as a
/// table and otherwise cut into columns; a region without one is cut at its full-width gaps,
/// and consecutive slices that share a gutter are kept together, since they are either rows
/// of one table or one stretch of a multi-column layout. The cut only scopes table detection;
/// reading order is decided later, on blocks.
///
/// Regions are lists of indices into the page's lines (`PageLines`); lines are copied out
/// only for the table detector and the result.
struct RegionSegmenter {
    let detector = TableDetector()
    /// The page's horizontal lines, which every region indexes into.
    private var page = PageLines(lines: [], flows: [:], sectionNames: [])
    /// The texts of the short lines that name a brochure section, found once per page.
    private var sectionNames: Set<String> = []

    struct Result {
        var tables: [(table: Table, lines: [TextLine])] = []
        var rest: [TextLine] = []
        /// Where a sidebar's gutter runs (`SidebarColumn`): the two sides are read one after the other.
        var columnCut: Double? = nil
    }

    func segment(_ lines: [TextLine]) -> Result {
        var result = Result()
        result.rest = lines.filter { $0.orientation == .vertical }
        let horizontal = lines.filter { $0.orientation == .horizontal }
        var segmenter = self
        let flows = TextFlows.find(in: horizontal, unit: max(Median.of(horizontal.map(\.box.height), or: 10), 1))
        segmenter.sectionNames = Set(horizontal.map(\.text).filter { CharacterBound.atMost(12, EnglishGloss.stripped($0)) && SectionKind.opened(by: $0) != nil })
        segmenter.page = PageLines(
            lines: horizontal, flows: flows, sectionNames: segmenter.sectionNames, stacked: StackedTitle.find(in: horizontal))
        if let sidebar = SidebarColumn.split(segmenter.page, region: Array(horizontal.indices)) {
            segmenter.visit(sidebar.side, depth: 1, into: &result)
            segmenter.visit(sidebar.main, depth: 1, into: &result)
            result.columnCut = sidebar.cut
        } else {
            segmenter.visit(Array(horizontal.indices), depth: 0, into: &result)
        }
        // Rows a cut left under a table first, so the gap to a continuation is measured from
        // the table's real end; then continuations; then the rows under those.
        TableContinuations.absorbingTrailingRows(&result.tables, from: &result.rest)
        result.tables = TableContinuations.joining(result.tables)
        TableContinuations.absorbingTrailingRows(&result.tables, from: &result.rest)
        TableContinuations.absorbingHeaderRows(&result.tables, from: &result.rest)
        // (A header row set upright is a horizontal page's: on a page of vertical text the
        // upright lines over a table are its prose.)
        UprightCells.absorb(&result.tables, from: &result.rest, headerRows: 4 * (lines.count - horizontal.count) < lines.count)
        return result
    }

    private func visit(_ region: [Int], depth: Int, into result: inout Result) {
        guard region.count >= 2, depth < 64 else {
            result.rest += page.lines(region)
            return
        }
        let unit = page.em(region)
        let span = page.bounds(region)
        let reading = GutterReading(page: page)
        // Horizontal structure first: slices stacked at full-width gaps, grouped while they
        // share a gutter. A table below two columns is then cut off before any vertical cut,
        // even when its column gap happens to continue the page's gutter.
        let grouping = SliceGrouping(page: page, reading: reading, span: span, unit: unit)
        let slices = grouping.keepingFlowsWhole(page.slices(region))
        if slices.count > 1 {
            let groups = grouping.group(slices)
            if groups.count > 1 {
                for group in groups {
                    let groupLines = group.flatMap { $0 }
                    if group.count == 1 && page.gutters(groupLines, bounds: page.bounds(groupLines), minimum: 0.8 * unit).intervals.isEmpty {
                        result.rest += page.lines(groupLines)
                    } else {
                        visit(groupLines, depth: depth + 1, into: &result)
                    }
                }
                return
            }
        }
        let gutters = page.gutters(region, bounds: span, minimum: 0.8 * unit).interior(span)
            .sorted { $0.upperBound - $0.lowerBound > $1.upperBound - $1.lowerBound }
        guard let widest = gutters.first else {
            result.rest += page.lines(region)
            return
        }
        // A row of cards is read card by card, whatever its rows' alignment.
        if let cards = CardRow.cards(region, page: page, gutters: gutters, em: unit) {
            // (A card's label and figure may sit closer than a gutter: each card is asked as a
            // table first.)
            for card in cards where !accept(detector.detect(page.lines(card)), into: &result) { visit(card, depth: depth + 1, into: &result) }
            return
        }
        // Cut first where the two sides are independent (text beside, or rows of their own
        // pitch); a region whose every gutter joins shared rows is tested as one table.
        // Two section headings side by side (【配属実績】 beside 【試験区分】) head two columns:
        // the gutter between them is cut first, whatever aligns below.
        let betweenHeadings = reading.betweenHeadings(region, gutters: gutters)
        // A gutter running text borders is a page column's edge: cut there before any gutter
        // that is only suspected of separating rows of different pitch.
        // (A header row said twice parts two tables first: its cells, `試験区分` twice, may pass
        // for two section headings, which would cut the second table inside itself. So does a
        // header cell naming a section over labels beside a table's figures.)
        // (The region's row bands, made once for the three readings of every gutter.)
        let bands = gutters.isEmpty ? [] : RowBand.bands(of: page.lines(region))
        let betweenTables: ClosedRange<Double>? = gutters.first { reading.partsRepeatedHeader(region, at: $0, bands: bands) }
            ?? gutters.first { reading.repeatsRowLabels(region, at: $0, bands: bands) }
            ?? gutters.first { reading.headsSectionBeside(region, at: $0, bands: bands) }
        let independent = betweenTables
            ?? betweenHeadings
            ?? gutters.first { reading.separatesProse(region, at: $0, unit: unit, among: gutters) }
            ?? gutters.first { reading.partsLanguages(region, at: $0) }
            ?? gutters.first { reading.wrapsItems(region, at: $0, unit: unit) }
            ?? gutters.first { !reading.rowsAlign(region, at: ($0.lowerBound + $0.upperBound) / 2) }
            // (A note set smaller beside a table spans its rows, but is no column of it.)
            ?? gutters.first { reading.partsNote(region, at: $0) }
        // (Nor a title set large beside it.)
        let besideTitle: ClosedRange<Double>? = independent == nil ? gutters.first { reading.partsTitle(region, at: $0) } : nil
        if independent == nil, besideTitle == nil, accept(detector.detect(page.lines(region)), into: &result) { return }
        // (Not a table as a whole, and headings run across it: what lies above them is read
        // apart from what they head, before any column is cut through both.)
        if independent == nil, let cut = HeadingRowCut.above(slices, page: page) {
            visit(cut.above, depth: depth + 1, into: &result)
            visit(cut.below, depth: depth + 1, into: &result)
            return
        }
        // Not a table as a whole: where running text stands on one side only (a column of
        // text wrapped around a picture, its lines by the gutter no paragraph of their own),
        // the gutter nearest it is the column's edge; the table's own gaps lie further off.
        let chosen = independent ?? besideTitle ?? reading.besideProse(region, gutters: gutters) ?? widest
        let cut = (chosen.lowerBound + chosen.upperBound) / 2
        visit(region.filter { page.boxes[$0].midX < cut }, depth: depth + 1, into: &result)
        visit(region.filter { page.boxes[$0].midX >= cut }, depth: depth + 1, into: &result)
    }

    /// Takes the tables found when nothing else sits beside them; otherwise the region needs cutting.
    /// Whether a row below the table's first names a section in type larger than the table's
    /// (`試験区分` at 11 pt among 8.5 pt cells): the heading of a column beside a list, not a
    /// header cell, which heads its table from the top and in the table's own type.
    /// So is a title of words set half as large again as the table's type in a row with other
    /// cells (`WORK STYLE` at 13 pt among 8.5 pt lines, a column's kicker beside another column).
    static func headingBelowFirstRow(_ table: Table, lines: [TextLine], sectionNames: Set<String>) -> Bool {
        let median = Median.of(lines.map(\.fontSize), or: 0)
        // (Both tests below ask for a line 1.2 times the median at least: most tables have none.)
        guard median > 0, lines.contains(where: { $0.fontSize >= 1.2 * median }) else { return false }
        return table.rows.dropFirst().contains { row in
            row.contains { sectionNames.contains($0.text) && Table.setLarger($0, lines: lines, factor: 1.2, median: median) }
        } || table.rows.contains { row in
            // (In the first row too, beside other cells: a table's own title spans it alone.)
            row.filter { !$0.text.isEmpty }.count >= 2 && row.contains { cell in
                cell.text.count <= 20 && cell.text.contains(where: \.isLetter) && !cell.text.unicodeScalars.contains(where: TableDetector.isDigit)
                    && Table.setLarger(cell, lines: lines, factor: 1.45, median: median)
            }
        }
    }

    private func accept(_ found: TableDetector.Result, into result: inout Result) -> Bool {
        guard !found.tables.isEmpty else { return false }
        // A row holding a section heading beside other cells is two columns side by side, not
        // a table: a table never has a section heading in its body.
        for (table, lines) in found.tables {
            if SectionNameInTableBody.found(in: table, sectionNames: sectionNames) || SectionNameInTableBody.cut(in: table, sectionNames: sectionNames) {
                return false
            }
            if Self.headingBelowFirstRow(table, lines: lines, sectionNames: sectionNames) { return false }
            for row in table.rows where row.filter({ !$0.text.isEmpty }).count >= 2 {
                // (Marked as a heading: bracketed, bulleted or numbered. A header cell such as
                // 試験区分 names a section too, and is part of its table; so does one opening
                // with its cohort's year, `2025年度入社者の配属`: a year is no heading's number.)
                if row.contains(where: { sectionNames.contains($0.text) && SectionKind.strippedTitle($0.text) != $0.text && !SectionNameInTableBody.opensWithYear($0.text) }) {
                    return false
                }
            }
        }
        for line in found.rest {
            for (table, _) in found.tables where line.box.yOverlap(table.box) > 0.2 * line.box.height {
                return false
            }
        }
        // A section's title and its gloss caught as the first row head the table from above.
        for (table, lines) in found.tables {
            if let split = GlossedTitleRow.split(table, lines: lines) {
                result.tables.append((split.table, split.lines))
                result.rest += split.title
            } else {
                result.tables.append((table, lines))
            }
        }
        result.rest += found.rest
        return true
    }
}
