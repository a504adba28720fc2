/// Reads the 配属実績 table: one row per unit, a count per track (an empty cell is 0).
struct AssignmentsParser {
    func parse(_ part: SectionSegmenter.Part) -> AssignmentRecord? {
        // Blocks apart, so a gloss before the cohort's line (`PLACEMENT`, `R7年度採用者`) is no era.
        let prose = part.blocks.filter { $0.block.table == nil }.map { $0.block.lines.map(\.text).joined() }.joined(separator: "\n")
        // (The heading apart too: `配属実績` run into `令7年度採用者…` would put a kanji before a shortened era.)
        let cohort = Self.cohortYear(in: part.heading + "\n" + prose)
        let asOf = (try? EraDate.all(in: part.heading + "\n" + prose))?.filter(\.isAsOf).compactMap(Self.yearMonth).max()
        var record = parseRows(part, cohort: cohort, asOf: asOf)
        // A continuation naming no cohort (`配属実績（続き）` read before the section's start)
        // stays open for the next part's rows (`ParsedPart.merge`).
        if cohort == nil, PageTurnMark.marksContinuation(part.heading) { record?.continuation = true }
        // A table going on overleaf (`（次ページへ続く）`) stays open for the next part's rows.
        if PageTurnMark.isPresent(in: part.blocks) { record?.continues = true }
        if let rows = record?.rows { record?.rows = Self.joiningTrackBands(rows) }
        return record
    }

    private func parseRows(_ part: SectionSegmenter.Part, cohort: Int?, asOf: String?) -> AssignmentRecord? {
        // Each unit on a line of its own with its count and track (`・総務課　２名（事務系）`).
        if let listed = BulletedAssignments.rows(in: part.blocks) {
            return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: listed, page: part.blocks.first?.page ?? part.page)
        }
        // People counted in marks a key names (`情報通信部 ■□`, `■＝事務系1人`): `TallyMarks`.
        if let tallied = TallyMarks.rows(in: part.blocks) {
            return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: tallied, page: tallied.first?.provenance?.page ?? part.page)
        }
        // A run of `unit N名` items per track after its bracketed label (`InlineRunAssignments`).
        if let runs = InlineRunAssignments.rows(in: part.blocks) {
            return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: runs, page: runs.first?.provenance?.page ?? part.page)
        }
        let pairOrder = PairedCountColumns.order(in: [part.heading] + part.blocks.filter { $0.block.table == nil }.flatMap { $0.block.lines.map(\.text) })
        // A label per unit between two bars, the count at each bar's end (`BarEndCounts`).
        if let bars = BarEndCounts.rows(in: part.blocks) {
            return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: bars, page: bars.first?.provenance?.page ?? part.page)
        }
        // One bar list per track side by side, a number at each bar's end (`BarListPanels`): read
        // by the lines' geometry before any table, which may hold one panel alone, or a panel's
        // names without its numbers.
        if let bars = BarListPanels.rows(in: part.blocks) {
            return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: bars, page: bars.first?.provenance?.page ?? part.page)
        }
        // Map boxes, each a unit over two chips whose tracks a legend names (`ChipPairsUnderNames`);
        // tree leaves, each a unit then `事務職 6` `技術職 －` (`LabelledCountCells`).
        if let found = ChipPairsUnderNames.rows(in: part.blocks) ?? LabelledCountCells.rows(in: part.blocks) {
            return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: found, page: found.first?.provenance?.page ?? part.page)
        }
        // A table of one track's counts under a title naming it (`配属実績（事務系）`): held open for the other's.
        let oneTrack = SingleTrackAssignments.track(heading: part.heading, prose: part.blocks.filter { $0.block.table == nil }.flatMap { $0.block.lines.map(\.text) })
        for (index, (page, block)) in part.blocks.enumerated() {
            if let track = oneTrack, let table = block.table, let found = SingleTrackAssignments.rows(table, page: page, track: track) {
                var record = AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: found, page: page)
                record.track = track
                return record
            }
            // One row per unit and track (`配属先 | 系統 | 人数`): pivoted (`LongFormatAssignments`).
            if let long = block.table.flatMap({ LongFormatAssignments.rows($0, page: page) }) {
                return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: long, page: page)
            }
            // One row per person hired (`職種 | 配属先`, no counts): the rows naming each unit, counted.
            if let hires = block.table.flatMap({ PerHireAssignments.rows($0, page: page) }) {
                return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: hires, page: page)
            }
            // Each unit over a count naming its track (an organisation chart's row of boxes).
            if let chart = CountsUnderUnits.rows(from: index, in: part.blocks) {
                return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: chart, page: page)
            }
            // Units each ending in a pair `8／6`, the tracks' order named by a line of the section.
            if let order = pairOrder, let pairs = block.table.flatMap({ PairedCountColumns.rows($0, page: page, order: order) }) {
                return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: pairs, page: page)
            }
            // One list per track side by side, each label over its units and counts.
            if let lists = block.table.flatMap({ TrackListsSideBySide.rows($0, page: page) }) {
                return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: lists, page: page)
            }
            // Tracks down the side and units across (`TracksDown`): read turned.
            // Its header row left outside it as a label per column (`HeaderRowAbove`): taken back.
            let beside = part.blocks.filter { $0.page == page && $0.block.table == nil }.map(\.block)
            // Halves wrapped side by side under one header row (`WrappedUnitHalves`): stacked; a
            // header fused with the row under it (`FusedHeaderRow`): parted first. A track's
            // counts split over two columns (`SplitTrackColumn`): one column again. A track's
            // categories under it (`AssignmentCategoryColumns`): summed into one column.
            guard let table = block.table.map({ TracksDown.turned($0) ?? WrappedUnitHalves.stacked(FusedHeaderRow.split($0) ?? $0) })
                .map({ HeaderRowAbove.attach(to: $0, from: beside) ?? $0 }).map({ SplitTrackColumn.joined($0) ?? $0 })
                .map({ AssignmentCategoryColumns.summed($0) ?? $0 }),
                let (headerIndex, roles) = header(of: table, at: index, in: part)
            else { continue }
            // A group column set 縦書き is read as lines apart from the table (`VerticalGroupCells`).
            let vertical = beside.flatMap(\.lines).filter { $0.orientation == .vertical }
            var rows = Self.rows(table, after: headerIndex, roles: roles, page: page, vertical: vertical)
            guard !rows.isEmpty else { continue }
            // A table set in halves side by side: the blocks right after it, each read in turn.
            var next = index + 1
            // Units listed under a label per track (`〈事務系〉` … `〈技術系〉`): the later groups too.
            if headerIndex < 0, roles.count == 2 {
                let groups = TrackGroups.rows(from: next, in: part.blocks, page: page)
                rows += groups.rows
                next = groups.next
            }
            var last = (table: table, header: headerIndex)
            while next < part.blocks.count, part.blocks[next].page == page, let half = part.blocks[next].block.table,
                let (halfHeader, halfRoles) = header(of: half, at: nil, in: part),
                SideBySideHalves.continues(last.table, headerRow: last.header, with: half, headerRow: halfHeader)
            {
                rows += Self.rows(half, after: halfHeader, roles: halfRoles, page: page)
                last = (half, halfHeader)
                next += 1
            }
            // A table continued on a later page under its header again (`配属先（続き）`): the
            // same columns, so the same roles. Two cohorts' tables on one page stay apart.
            var lastPage = page
            var lastTable = last.table
            for (laterPage, later) in part.blocks[next...] {
                guard let next = later.table else { continue }
                // Parted at a group row on the same page (`AlignedContinuation`): headerless, the same columns.
                if laterPage == lastPage, header(of: next, at: nil, in: part) == nil, AlignedContinuation.continues(lastTable, with: next) {
                    rows += Self.rows(next, after: -1, roles: roles, page: laterPage)
                    lastTable = next
                    continue
                }
                // Continued at the top of the next page without its header, after a note that it
                // goes on overleaf (`（次ページに続く）`): the same columns, so the same roles.
                if laterPage == lastPage + 1, header(of: next, at: nil, in: part) == nil, next.columns.count == lastTable.columns.count,
                    PageTurnMark.isPresent(in: part.blocks.filter { $0.page == lastPage }),
                    !part.blocks.contains(where: { $0.page == laterPage && $0.block.table != nil && $0.block.box.y0 < next.box.y0 })
                {
                    rows += Self.rows(next, after: -1, roles: roles, page: laterPage)
                    lastPage = laterPage
                    lastTable = next
                    continue
                }
                // (Or in the next column of the same page, its header marked as going on: `配属先（つづき）`.)
                guard let (nextHeader, nextRoles) = header(of: next, at: nil, in: part), nextRoles == roles,
                    laterPage > lastPage || laterPage == lastPage && next.rows[nextHeader].contains(where: { PageTurnMark.marksContinuation($0.text) })
                else { break }
                rows += Self.rows(next, after: nextHeader, roles: roles, page: laterPage)
                lastPage = laterPage
                lastTable = next
            }
            let title = cohort ?? Self.titleCohortYear(table, above: headerIndex, roles: roles) ?? Self.cornerCohortYear(table, header: headerIndex, roles: roles)
            return AssignmentRecord(cohortFiscalYear: title, asOf: asOf, rows: rows, page: page)
        }
        // A grid the layout left as loose one-line blocks (`LooseGrid`): read as the table it is.
        if let (page, grid) = LooseGrid.table(in: part.blocks), let (headerIndex, roles) = header(of: grid, at: nil, in: part) {
            let rows = Self.rows(grid, after: headerIndex, roles: roles, page: page)
            if !rows.isEmpty { return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: rows, page: page) }
        }
        // No table: boxes on a drawing, each a unit's name over its counts (`AssignmentBoxLines`).
        if let boxes = AssignmentBoxLines.rows(in: part.blocks) {
            return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: boxes, page: boxes.first?.provenance?.page ?? part.page)
        }
        // No table or list: each unit named in a sentence with its counts (`総務部には事務系6名…`).
        if let told = ProseAssignments.rows(in: part.blocks) {
            return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: told, page: part.blocks.first?.page ?? part.page)
        }
        // No table: each unit followed by its counts per track in brackets (`総務課（事務2）、…`).
        if let bracketed = BracketedCountAssignments.rows(in: part.blocks) {
            return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: bracketed, page: bracketed.first?.provenance?.page ?? part.page)
        }
        // No table: a run of `unit N名` per track inside a sentence (`事務職は、総務部 6名、…`).
        if let runs = SentenceRunAssignments.rows(in: part.blocks) {
            return AssignmentRecord(cohortFiscalYear: cohort, asOf: asOf, rows: runs, page: runs.first?.provenance?.page ?? part.page)
        }
        return nil
    }

    /// The header row of `table` and the role of each column: the first row naming a track over
    /// a column of counts (not a unit such as 装備技術部 in the first column); each label is read
    /// once. Or a line set just above the table (block `index` of the part) with a track word
    /// per column of counts, left out of it.
    private func header(of table: Table, at index: Int?, in part: SectionSegmenter.Part) -> (Int, [ColumnRole])? {
        table.rows.lazy.enumerated()
            // Two cohorts side by side: the latest one's columns (`LatestCohortColumns`).
            .map({ ($0.offset, LatestCohortColumns.roles(JoinedTrackHeader.roles($0.element.map { ColumnRole(label: $0.text) }, in: table, header: $0.offset), table: table, header: $0.offset)) })
            // A track named by a job title beside the named one (`行政職 | 植物防疫官`): `TrackComplement`.
            .map({ ($0.0, TrackComplement.completed($0.1, labels: table.rows[$0.0].map(\.text))) })
            .first(where: { $0.1.dropFirst().contains(.administrative) || $0.1.dropFirst().contains(.technical) })
            ?? (index.map { $0 > 0 } == true ? Self.headerAbove(part.blocks[index! - 1].block, columns: table.columns.count).map { (-1, $0) } : nil)
    }

    /// The units under the header, each with its count per track (an empty cell is 0).
    private static func rows(_ table: Table, after headerIndex: Int, roles: [ColumnRole], page: Int, vertical: [TextLine] = []) -> [AssignmentRecord.Row] {
        // A first column of serial numbers (`No.`, 1, 2, 3 …) names no unit (`SerialColumn`).
        let (unnumbered, roles) = SerialColumn.dropped(table, header: headerIndex, roles: roles) ?? (table, roles)
        var rows: [AssignmentRecord.Row] = []
        let labelColumns = roles.firstIndex { $0 == .administrative || $0 == .technical } ?? 1
        let table = vertical.isEmpty ? unnumbered : VerticalGroupCells.filled(
            unnumbered, header: headerIndex, unitColumn: unitColumn(of: Array(unnumbered.rows[(headerIndex + 1)...]), labelColumns: labelColumns), lines: vertical)
        let body = table.rows[(headerIndex + 1)...].filter { !isGrandTotal($0, labelColumns: labelColumns) && !isHeaderNote($0) }
        let unitColumn = unitColumn(of: body, labelColumns: labelColumns)
        // A region spanning its offices names none of them (`RegionColumn`).
        let groups = (0..<unitColumn).map {
            RegionColumn.isRegion(table, column: $0, header: headerIndex) ? [] : GroupColumn.names(body, column: $0, unitColumn: unitColumn)
        }
        let bands = BandGroups.names(body, unitColumn: unitColumn, roles: roles)
        // (A group column under no header cell of its own labels tiers: `AssignmentsParser.standsAlone`.)
        let unheaded = (0..<unitColumn).map { c in
            headerIndex >= 0 && c < table.rows[headerIndex].count && Normalized.compact(table.rows[headerIndex][c].text).isEmpty
        }
        func cellCount(_ role: ColumnRole, _ cells: [Table.Cell]) -> Int {
            guard let i = roles.firstIndex(of: role), i < cells.count else { return 0 }
            return AssignmentCountCell.count(cells[i].text)
        }
        // Group rows nested by indentation, each with its subtotal (`IndentedSubtotals`): no units.
        let subtotals = IndentedSubtotals.groups(body.map { cells in
            IndentedSubtotals.Row(
                indent: unitColumn < cells.count ? cells[unitColumn].box?.x0 : nil,
                counts: [cellCount(.administrative, cells), cellCount(.technical, cells)])
        })
        for (r, cells) in body.enumerated() where unitColumn < cells.count && !subtotals.contains(r) {
            let printed = Normalized.compact(cells[unitColumn].text)
            // A group's tinted `小計` row (its group cell spans it too) sums its units: no unit.
            guard !printed.isEmpty, !BulletedAssignments.totalWords.contains(printed), !BandGroups.isBand(r, in: body, unitColumn: unitColumn, roles: roles) else { continue }
            // The 部 a 課 sits in is part of its name: `総務課` alone may be any 部's.
            let group = (groups.enumerated().map { c, names in names.isEmpty || unheaded[c] && Self.standsAlone(printed) ? "" : names[r] } + [bands[r] ?? ""])
                .filter { !$0.isEmpty && !printed.hasPrefix($0) }.joined()
            // A footnote mark glued to the name (`各区役所＊`) is no part of it (`UnitNoteMark`).
            let unit = group + UnitNoteMark.stripped(printed)
            func count(_ role: ColumnRole) -> Int { cellCount(role, cells) }
            // (Units sharing a row and a count each, `税務課・住民課 | 各1`: a row each.)
            let counted = [ColumnRole.administrative, .technical].compactMap { roles.firstIndex(of: $0) }.filter { $0 < cells.count }.map { cells[$0].text }
            for name in AssignmentCountCell.eachUnit(printed, counts: counted).map({ $0.map { group + UnitNoteMark.stripped($0) } }) ?? [unit] {
                rows.append(AssignmentRecord.Row(
                    unit: name, administrative: count(.administrative), technical: count(.technical),
                    provenance: Rect.enclosing(cells.compactMap(\.box)).map {
                        Provenance(page: page, box: $0, text: cells.map(\.text).joined(separator: "\t"))
                    }))
            }
        }
        return rows
    }

    /// The table's sum row: `計` or `合計` in the first column, or a `合計` cell spanning the
    /// label columns (read in whichever it overlaps most). Left out before the groups are
    /// placed: no group cell spans it, while a group's `小計` row stays among its rows.
    static func isGrandTotal(_ cells: [Table.Cell], labelColumns: Int) -> Bool {
        let first = Normalized.compact(cells.first?.text ?? "")
        let labels = Normalized.compact(cells.prefix(max(labelColumns, 1)).map(\.text).joined())
        return first == "計" || first == "合計" || labels == "合計" || labels == "総計" || isTrackTotal(first)
    }

    /// A track's total closing its list of units (`事務計`, `技術系計`, `事務合計`): no unit.
    static func isTrackTotal(_ label: String) -> Bool {
        ["合計", "計"].contains { label.hasSuffix($0) && ExamTrackedRowNames.isTrackLabel(String(label.dropLast($0.count))) }
    }

    /// A header's second line (`（局・課室）` under `配属先`, `（人）` under `事務系`): a row whose
    /// every filled cell is wholly in brackets names no unit and counts no one.
    static func isHeaderNote(_ cells: [Table.Cell]) -> Bool {
        let filled = cells.map { Normalized.compact($0.text) }.filter { !$0.isEmpty }
        return !filled.isEmpty && filled.allSatisfy { $0.first == "(" && $0.last == ")" && $0.dropFirst().dropLast().allSatisfy { $0 != "(" && $0 != ")" } }
    }

    /// The column naming the units: the first whose every row has a name. A 部 cell spanning
    /// its 課 rows (`部 | 課 | 事務系 | 技術系`) is printed once, so the rows it spans are blank
    /// there and the units are the 課 beside it (named with their 部, `GroupColumn`); a column of duties beside the units
    /// (`部署 | 主な業務 | …`) comes after a column that is never blank and is not chosen.
    static func unitColumn(of body: [[Table.Cell]], labelColumns: Int) -> Int {
        guard labelColumns > 1 else { return 0 }
        let body = body.filter { $0.contains { !Normalized.compact($0.text).isEmpty } }
        for column in 0..<labelColumns where body.allSatisfy({ column < $0.count && !Normalized.compact($0[column].text).isEmpty }) {
            return column
        }
        return 0
    }

    /// The roles of a one-line block of track words (`事務系 技術系`), one per column of counts
    /// of a table whose first column names the units: its header, set apart above it.
    static func headerAbove(_ block: Block, columns: Int) -> [ColumnRole]? {
        guard block.table == nil, block.lines.count == 1 else { return nil }
        let words = block.lines[0].text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
        let roles = words.map { ColumnRole(label: String($0)) }
        guard roles.count == columns - 1, roles.allSatisfy({ [.administrative, .technical, .total].contains($0) }) else { return nil }
        return [.unit] + roles
    }
}
