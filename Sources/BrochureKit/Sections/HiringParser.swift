/// Reads the 採用実績 table, with years as rows or as columns.
///
/// A table qualifies when two or more of its first-column cells (or header cells) are fiscal
/// years; the other header labels say which column is the total, 事務系 or 技術系. Counts
/// follow the section's footnote convention for the bracketed women's numbers.
struct HiringParser {
    /// The years the section's notes say are planned, for labels that carry only a note mark.
    private(set) var notedPlans: Set<Int> = []
    /// A line of the section says each cell is `heads／women` (`48／24`).
    private(set) var slashedWomen = false
    /// A note of the section says a dash in a cell means nobody (`「－」は該当者なし`).
    private(set) var dashMeansNone = false
    /// A note says the figures struck through were corrected beside them, on this side.
    private(set) var struck: StruckFigures.Side? = nil

    func parse(_ part: SectionSegmenter.Part) -> HiringRecord? {
        let convention = part.blocks.lazy.compactMap { Headcount.convention(inFootnote: $0.block.lines.map(\.text).joined()) }.first
            ?? .womenIncluded
        var parser = self
        // Marks set in a column of their own beside the notes' texts are joined to them again.
        let notes = part.blocks.filter { $0.block.table == nil }
        let pages = notes.map(\.page).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        // Said by a line over the table or by a header cell (`採用者数／うち女性`).
        parser.slashedWomen = part.blocks.contains { $0.block.lines.contains { SlashedWomen.isLegend($0.text) } }
        parser.dashMeansNone = notes.contains { $0.block.lines.contains { DashNote.saysNone($0.text) } }
        parser.struck = notes.lazy.flatMap(\.block.lines).compactMap { StruckFigures.correctedSide(in: $0.text) }.first
        parser.notedPlans = PlannedNote.plannedYears(in: pages.flatMap { page in NoteMarksBeside.notes(notes.filter { $0.page == page }.map(\.block)) })
        // `R8年度★` under a legend `★…採用予定数`.
        parser.notedPlans.formUnion(MarkedPlanLabels.years(in: part))
        // `令和8年度※` under a note `※予定数` glossing the mark alone.
        parser.notedPlans.formUnion(MarkedPlanLabels.referenceYears(in: part))
        // `令和8年度（予）` under a note `（予）は採用予定数です。`
        parser.notedPlans.formUnion(MarkedPlanLabels.bracketYears(in: part))
        // A chart is asked first: its rows of labels also pass for a table with odd columns.
        // A list of one line per year and a timeline are asked last: their lines are not a table's.
        let charted = (parser.chart(part, convention: convention) ?? HiringPageLines.chart(part, convention: convention, notedPlans: parser.notedPlans))
            .map { parser.withWomenApart($0, part: part, convention: convention) }
        guard var record = charted
            ?? parser.read(part, convention: convention) ?? HiringPageLines.list(part, notedPlans: parser.notedPlans)
            ?? HiringSentences.read(part, notedPlans: parser.notedPlans)
            ?? HiringPageLines.timeline(part, convention: convention, notedPlans: parser.notedPlans)
        else { return nil }
        // A `※修正` note quoting a misprinted cell and its right value.
        let noteTexts = notes.map { $0.block.lines.map(\.text).joined() }
        let fixes = CorrectionNote.corrections(in: noteTexts)
        if !fixes.isEmpty { record = CorrectionNote.apply(fixes, to: record, convention: convention) }
        // The women told only in a note under bare counts (`※うち女性（事務系／技術系）は、…`).
        if let women = WomenInNote.women(in: noteTexts) { record = WomenInNote.apply(women, to: record) }
        // The coming year's plan in a box of its own beside the chart or table of the actual
        // years, or in a sentence under it.
        if !record.rows.contains(where: \.planned), let newest = record.rows.map(\.fiscalYear).max(),
            let box = HiringPageLines.pages(of: part).lazy.compactMap({
                PlannedBox.row(in: $0.lines, after: newest, page: $0.page) ?? PlannedSentence.row(in: $0.lines, after: newest, page: $0.page)
                    ?? PlannedSentence.labelledRow(in: $0.lines, after: newest, page: $0.page)
            }).first
        {
            record.rows.append(box)
        }
        for i in record.rows.indices where record.rows[i].total == nil {
            let tracks = Self.sum(record.rows[i].administrative, record.rows[i].technical)
            // (With a third group, `OtherTrackColumns`, the total counts it too.)
            record.rows[i].total = record.otherScope == nil ? tracks : Self.sum(tracks, record.rows[i].other)
        }
        let coloured = StyledPlans.plannedYears(record.rows, in: part).union(UprightPlanCells.plannedYears(record.rows, blocks: part.blocks, page: record.page))
        // Rows under a divider saying they are planned (`▼以下は採用予定数です▼`).
        let divided = coloured.union(PlanDividerRows.plannedYears(in: part))
        for i in record.rows.indices where divided.contains(record.rows[i].fiscalYear) { record.rows[i].planned = true }
        if let year = PlannedNote.newestNoted(record.rows, notedPlans: parser.notedPlans) {
            for i in record.rows.indices where record.rows[i].fiscalYear == year { record.rows[i].planned = true }
        }
        // Bare counts a note says have no women (`女性がいない場合は（ ）を省略`), once the plans are known.
        if noteTexts.contains(where: BareCountsNote.saysNoWomen) { record.rows = BareCountsNote.applied(record.rows) }
        return record
    }

    /// A chart whose figures are only labels, read row by row: a table's rows, other blocks' lines.
    private func chart(_ part: SectionSegmenter.Part, convention: Headcount.Convention) -> HiringRecord? {
        let texts = part.blocks.flatMap { _, block in block.table.map { $0.rows.map { $0.map(\.text) } } ?? block.lines.map { [$0.text] } }
        return BarChartLabels.parse(texts, page: part.page, convention: convention, notedPlans: notedPlans)
    }

    /// `chart` with its women from a table of their own in the section, captioned as the
    /// women's (`WomenTableApart`): a chart of labels has no room for them. `chart` as it was
    /// when it says some women already or no such table reads.
    private func withWomenApart(_ chart: HiringRecord, part: SectionSegmenter.Part, convention: Headcount.Convention) -> HiringRecord {
        let tracks: [KeyPath<HiringRecord.Row, CountWithWomen?>] = [\.total, \.administrative, \.technical]
        guard chart.rows.allSatisfy({ row in tracks.allSatisfy { row[keyPath: $0]?.women == nil } }),
            part.blocks.indices.contains(where: { part.blocks[$0].block.table != nil
                && (WomenTableApart.namesWomen(part.blocks, at: $0) || WomenTableApart.captionedAbove(part.blocks, at: $0)) }),
            let women = read(part, convention: convention)
        else { return chart }
        return WomenTableApart.merge(chart, women: women) ?? chart
    }

    private func read(_ part: SectionSegmenter.Part, convention: Headcount.Convention) -> HiringRecord? {
        // A table continued on the next page under its header repeated (`（次ページへ続く）`) is
        // one record: later tables of the section add the years the first did not have.
        var record: HiringRecord? = nil
        // The last table read as a record: a women's table without years stands under its columns.
        var yearsAbove: Table? = nil
        // Labels made from a bare year and the era said over it, with the label as printed (`EraSaidOnce`).
        var printedLabels: [String: String] = [:]
        for (index, (page, block)) in part.blocks.enumerated() {
            // A planned row under a divider the layout left outside the grid (`PlanDividerRows`).
            guard let grid = block.table, case let beside = part.blocks.filter({ $0.page == page }).map(\.block),
                case let printed = PlanDividerRows.attach(to: grid, from: beside),
                case let raw = TrackBreakdownColumn.expanded(HeaderLegend.expanded(printed, legend: beside.filter { $0.table == nil }.flatMap { $0.lines.map(\.text) })),
                case let labelled = SubtotalRows.namedByVerticalTracks(SubtotalRows.namedByGroupColumn(RowLabelsBeside.attach(to: raw, from: beside)), from: beside),
                case let headed = YearHeaderAbove.attach(to: RepeatedHeaderHalves.stacked(HeaderAbove.attach(to: labelled, from: beside)), from: beside),
                case let (table, printed) = EraSaidOnce.applied(to: headed, from: beside)
            else { continue }
            printedLabels.merge(printed) { first, _ in first }
            // One table per track, each under its own caption (`【事務系】`, `【技術系】`, `【合計】`).
            if let captioned = TrackCaptionAbove.attach(to: table, from: beside), let piece = byRows(captioned, page: page, convention: convention) {
                TrackCaptionAbove.merge(piece, into: &record)
                continue
            }
            // Blocks of years stacked under headers of their own (`StackedYearBlocks`) are read
            // one by one, each going on from the years before it.
            var found = TrackSubRowsBeside.parse(raw, beside: beside, page: page, notedPlans: notedPlans).map { [$0] }
                ?? StackedYearBlocks.split(table).compactMap { byRows($0, page: page, convention: convention) ?? byColumns($0, page: page, convention: convention) }
            // The women's table under a caption, with no years of its own: the years it stands under.
            if found.isEmpty, record != nil, let counts = yearsAbove, WomenTableApart.namesWomen(part.blocks, at: index),
                let headed = WomenTableApart.headed(table, under: counts)
            {
                found = byColumns(headed, page: page, convention: convention).map { [$0] } ?? []
            } else if found.isEmpty, record != nil, let above = yearsAbove, let carried = Self.carriedRows(table, under: above),
                var piece = byRows(carried, page: page, convention: convention), piece.rows.count == 2
            {
                // Rows a page break carried over under the header repeated (`PageBreakRows`), too
                // few to read alone: read after the last row above, which the record has already.
                piece.rows.removeFirst()
                found = [piece]
            } else if !found.isEmpty {
                yearsAbove = table
            }
            for piece in found { Self.add(piece, to: &record, blocks: part.blocks, at: index) }
        }
        return EraSaidOnce.relabelled(record, printed: printedLabels)
    }

    /// `record` with the years of `found`, a later table of the section: the women of a table
    /// of their own, or years going on after the record's under the same columns.
    private static func add(_ found: HiringRecord, to record: inout HiringRecord?, blocks: [(page: Int, block: Block)], at index: Int) {
        guard var first = record else {
            record = found
            return
        }
        // The women in a table of their own under a caption naming them (`うち女性（人）`).
        if WomenTableApart.namesWomen(blocks, at: index), let merged = WomenTableApart.merge(first, women: found) {
            record = merged
            return
        }
        let known = Set(first.rows.map(\.fiscalYear))
        let added = found.rows.filter { !known.contains($0.fiscalYear) }
        // Only a continuation: the same columns, years going on after the first table's.
        guard !added.isEmpty, added.count == found.rows.count, let last = first.rows.map(\.fiscalYear).max(),
            added.allSatisfy({ $0.fiscalYear > last })
        else { return }
        first.rows += added
        record = first
    }

    /// Years down the first column, tracks across the header.
    private func byRows(_ whole: Table, page: Int, convention: Headcount.Convention) -> HiringRecord? {
        // A chart's labels joined on top, down to its axis of years across, are no part of it.
        guard var (table, years) = Self.fromYearColumn(ChartAxisAbove.trimmed(whole)) else { return nil }
        // What each year's figures are said in a column of their own (`区分`: `実績` / `予定`).
        if let marked = StatusColumn.marked(table, years: years) { years = marked }
        // Each year a band of sub-rows (`総合職` / `一般職` / `計`): the sum row is the year's.
        if let collapsed = SumSubRows.collapse(table, years: years) { (table, years) = collapsed }
        // A year of two intakes, a row per month under its cell: the rows added up (`IntakeSubRows`).
        if let merged = IntakeSubRows.merged(table, years: years) { (table, years) = merged }
        // Each track over sub-columns: plan | actual, or classes to add up (`foldedSubColumns`).
        if let folded = foldedSubColumns(table, years: years) { table = folded }
        if let long = LongFormatHiring.parse(table, years: years, page: page, convention: convention, notedPlans: notedPlans) { return long }
        let yearRows = years.indices.filter { years[$0] != nil }
        guard yearRows.count >= 2, let firstYear = yearRows.first else { return nil }
        // Counts by exam category or a track split by field, folded to one column per track (`CategoryCountColumns`).
        if firstYear > 0, let folded = CategoryCountColumns.folded(table, yearRows: yearRows, headerRows: firstYear) { table = folded }
        // Everyone, then one track of them (`採用者数 | うち技術職`): the other track is the difference (`InnerTrackColumn`).
        if firstYear > 0, let split = InnerTrackColumn.split(table, yearRows: yearRows, headerRows: firstYear) { table = split }
        // The labels over the first year, or drawn as the last row under the years.
        let header = firstYear == 0 ? HeaderRowBelow.rows(table.rows, years: years) ?? [] : Array(table.rows[..<firstYear])
        // An English gloss under a label (`計` over `Total`) is no part of it: `HeaderGloss`.
        let labels = table.columns.indices.map { c in HeaderGloss.label(header.map { $0[c] }) }
        var roles = SubtotalRows.preferred(labels.map { ColumnRole(label: $0) }, labels: labels)
        // A track named by a job title (`行政職 | 植物防疫官 | 計`), told by the sums (`TrackComplement`).
        roles = TrackComplement.completed(roles, rows: yearRows.count) { row, column in
            column < table.rows[yearRows[row]].count ? TrackComplement.headcount(table.rows[yearRows[row]][column].text) : nil
        }
        // Each track over sub-columns by sex (`事務系` over `男性 | 女性 | 計`): `SexSubColumns`.
        let bySex = SexSubColumns.columns(under: header).flatMap { $0.roles.count == roles.count ? $0 : nil }
        if let bySex { roles = bySex.roles }
        // A two-row header grouping the columns: `採用者数` over the tracks, `うち女性` over the same tracks again.
        var women = bySex?.women ?? WomenRowGroups.columns(under: header, roles: &roles)
        // Or the women as a table of their own beside, its own column of the same years first.
        if women.isEmpty { women = WomenHalfDown.columns(table, labels: labels, years: years, roles: &roles) }
        if women.isEmpty { women = Self.womenColumns(labels, &roles) }
        let techLabel = roles.firstIndex(of: .technical).map { bySex?.labels[$0] ?? labels[$0] }
        // A third group the total counts (`技能`), kept only if the figures add up (`OtherTrackColumns`).
        let others = OtherTrackColumns.candidates(labels, roles: roles, paired: Set(women.keys).union(women.values), from: 1)
        // Or each year's women in a sub-row of their own under its counts.
        let subRows = women.isEmpty
            ? WomenRowGroups.subRows(table.rows, years: years, firstFigure: roles.firstIndex { [.total, .administrative, .technical].contains($0) } ?? 1) : [:]
        let rows = yearRows.compactMap { r -> HiringRecord.Row? in
            guard let year = years[r] else { return nil }
            if let w = subRows[r] {
                let joined = WomenRowGroups.joinedSubRow(Array(table.rows[r].dropFirst()), women: Array(table.rows[w].dropFirst()), roles: Array(roles.dropFirst()))
                return row(year, cells: joined.cells, roles: joined.roles, women: joined.women, convention: convention, page: page)
            }
            return row(
                year, cells: Array(table.rows[r].dropFirst()), roles: Array(roles.dropFirst()),
                women: Dictionary(uniqueKeysWithValues: women.map { ($0.key - 1, $0.value - 1) }),
                men: Set(women.keys.filter { Self.namesMen(labels[$0]) }.map { $0 - 1 }), others: others.map { $0 - 1 }, convention: convention,
                page: page)
        }
        return OtherTrackColumns.kept(HiringRecord(
            rows: rows, technicalScope: techLabel.flatMap(ColumnRole.scope), otherScope: OtherTrackColumns.scope(others.map { labels[$0] }), page: page))
    }

    /// The table from its column of years on, with the years read: the first of its first two
    /// columns holding two or more. A strip label or caption set left of the years (a vertical
    /// `採用データ` beside the grid) is no part of the table; counts there are. Each label is read once: reading
    /// one costs a normalisation and an ICU parse.
    static func fromYearColumn(_ table: Table) -> (Table, [YearLabel?])? {
        let width = table.rows.map(\.count).min() ?? 0
        for column in 0..<min(2, width) {
            let years = YearLabel.carryingEra(table.rows.map { $0[column].text })
            // Two spellings of one year (`2021` over `R3`, a two-row header of years across)
            // are no column of years: those name two years or more.
            guard Set(years.compactMap { $0?.fiscalYear }).count >= 2 else { continue }
            guard column > 0 else { return (table, years) }
            // Counts left of the years in every year's row (a butterfly table: one track's bars
            // growing leftwards from the years, the other's rightwards) are the table's, read
            // after the years; a label or caption there is not.
            let counted = table.rows.indices.allSatisfy { r in years[r] == nil || TableDetector.isNumeric(table.rows[r][0].text) }
            let order = counted ? [column] + Array(0..<column) + Array(column + 1..<width) : Array(column..<width)
            let rows = table.rows.map { row in order.map { row[$0] } + row[width...] }
            // (A table's columns are as many as its rows' cells; a hand-made one may have fewer.)
            let columns = order.filter(table.columns.indices.contains).map { table.columns[$0] } + table.columns[min(width, table.columns.count)...]
            return (Table(box: table.box, columns: columns, rows: rows, headerRowCount: table.headerRowCount), years)
        }
        return yearColumnLast(table)
    }
}
