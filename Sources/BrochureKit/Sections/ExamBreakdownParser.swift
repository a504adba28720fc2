/// Reads the 試験区分 breakdown, set as a table or as a list.
///
/// Each `category：N名` run takes its track and exam level from the labels set to its left on
/// the same row (the nearest by height, so a track cell centred over two rows still reaches
/// both); where nothing stands to its left, as in a list, from the last labels read before it.
struct ExamBreakdownParser {
    struct Piece {
        var text: String
        var raw: String
        var box: Rect
        var page: Int
        /// The table the piece is a cell of, by its order in the section, and its column there;
        /// nil for a line.
        var table: Int? = nil
        var column: Int? = nil
        var header = false
        /// The block the piece is from, by its order in the section.
        var block = 0
        /// The level of a piece cut from a line of level items (`ExamLevelItems`).
        var givenLevel: ExamBreakdown.Level? = nil
        /// A label repeated beside a row it was set above (`topAlignedSpans`), not printed there.
        var repeated = false
        var track: Track? { let t = Track(label: text); return t == .other ? nil : t }
        var level: ExamBreakdown.Level? { givenLevel ?? ExamBreakdownParser.level(named: text) }
    }

    /// The exam level a label names (`院卒程度試験`, `大卒`, `大学卒程度`, `学部卒`, `高卒程度試験`,
    /// `高校卒業程度`).
    ///
    /// The contract has two levels only, graduate and not: `高卒程度` is read as the
    /// non-graduate level, `undergraduate`, as the category under it tells it apart.
    static func level<S: StringProtocol>(named text: S) -> ExamBreakdown.Level? {
        if text.contains("院卒") || text.contains("大学院") { return .graduate }
        if text.contains("大卒") || text.contains("大学卒") || text.contains("学部") { return .undergraduate }
        if text.contains("高卒") || text.contains("高校卒") || text.contains("高等学校卒") { return .undergraduate }
        return nil
    }

    func parse(_ part: SectionSegmenter.Part) -> ExamBreakdown? {
        // A note marker after a count or a name (`6名※3`) is part of neither (`ExamNoteMarkers`).
        var part = part
        part.blocks = ExamNoteMarkers.unmarked(part.blocks)
        // Header cells set apart as lines above a headerless table are its header (`ExamHeaderAbove`).
        part.blocks = ExamHeaderAbove.joined(part.blocks)
        // In each table a ditto mark (`〃`) repeats the cell above it (`ExamDittoMarks`), counts
        // split by sitting and summed are the sum (`ExamSumColumn`), a region's count beside this
        // body's share of it gives way to the share (`ExamOwnShareColumn`), then one count for each of
        // several jobs (`教育事務・警察事務 | 各3名`) becomes a row per job
        // (`ExamDistributiveCounts`); a count column before its category's is read after it
        // (`ExamCountColumnFirst`), and tracks said in the categories' brackets stand in a
        // column of their own (`ExamBracketTracks`).
        for i in part.blocks.indices {
            if let table = part.blocks[i].block.table {
                part.blocks[i].block.table = ExamBracketTracks.split(ExamCountColumnFirst.reordered(ExamDistributiveCounts.split(
                    ExamOwnShareColumn.kept(ExamSumColumn.summed(ExamDittoMarks.resolved(table))))))
            }
        }
        var pieces: [Piece] = []
        // Grids with the categories as columns, one per track (`ExamCategoryColumns`), and
        // matrices with the counts in track columns (`ExamTrackColumns`).
        var columns = ExamCategoryColumns.entries(in: part.blocks)
        let tracks = ExamTrackColumns.entries(in: part.blocks, skipping: columns.used)
        // Panels of chips with bare counts, one per track, each closed by its total (`ExamChipPanels`).
        let chips = ExamChipPanels.entries(in: part.blocks)
        columns = (columns.entries + tracks.entries + chips.entries, columns.used.union(tracks.used).union(chips.used))
        var gridEntries = columns.entries
        var gridPage = columns.entries.compactMap(\.provenance?.page).min()
        for (index, (page, given)) in part.blocks.enumerated() where !columns.used.contains(index) {
            // A table comparing years side by side: the latest year's column alone (`ExamYearColumns`).
            var block = given
            if let table = block.table, let current = ExamYearColumns.current(in: table, above: part.blocks.filter { $0.page == page }.map(\.block)) {
                block.table = current
            }
            // A grid of categories by levels, counts where they meet.
            // Its levels in a header row (`ExamGrid`), over a row of tracks (`ExamLevelTrackHeader`),
            // or in blocks set apart above it (`ExamColumnHeads`),
            // or down the side under track-grouped categories (`ExamLevelRows`), or none (`ExamTrackPairColumns`),
            // or the tracks down the side, the level in a title (`ExamTrackRows`).
            // (Or cards side by side, a field column and a value column each, `ExamFieldCards`.)
            // (Or each track heading a category column and a count column, `ExamTrackPairHeader`.)
            if let table = block.table, case let carded = ExamFieldCards.entries(in: table, page: page),
                case let paired = carded.isEmpty ? ExamTrackPairHeader.entries(in: table, page: page, titles: { Self.titles(before: index, in: part) }) : carded,
                case let grid = paired.isEmpty ? ExamGrid.entries(in: table, page: page) : paired,
                case let tracked = grid.isEmpty ? ExamLevelTrackHeader.entries(in: table, page: page) : grid,
                case let heads = tracked.isEmpty ? ExamColumnHeads.entries(in: table, page: page, above: part.blocks.filter { $0.page == page }.map(\.block)) : tracked,
                case let found = heads.isEmpty ? ExamLevelRows.entries(in: table, page: page) + ExamTrackPairColumns.entries(in: table, page: page) : heads,
                case let byTrack = found.isEmpty ? ExamTrackRows.entries(in: table, page: page, titles: Self.titles(before: index, in: part)) : found,
                !byTrack.isEmpty
            {
                gridEntries += byTrack
                gridPage = gridPage ?? page
                continue
            }
            // Table cells, or the block's lines joined: a pair can wrap mid-word in a list.
            if let table = block.table {
                pieces += ExamTableCells.pieces(of: table).map {
                    Piece(text: Self.cellText($0.text), raw: $0.text, box: $0.box, page: page, table: index, column: $0.column, header: $0.header, block: index)
                }
                pieces += Self.topAlignedSpans(in: table, page: page)
            } else {
                // Line by line, so each keeps its own row; a line that ends inside a pair
                // (`…農業科学・水` / `産：3名`) is continued by the next.
                var current: Piece? = nil
                for line in block.lines {
                    // (So is a count's bracket of categories left open, `52名（うち土木40名、`: `ExamInnerCounts`.)
                    if var open = current, !Self.endsCleanly(open.text) || ExamInnerCounts.isOpen(open.text) {
                        open.raw += line.text
                        open.text = Normalized.compact(open.raw)
                        open.box = open.box.union(line.box)
                        current = open
                        continue
                    }
                    if let open = current { pieces += Self.levelParts(of: open) }
                    current = Piece(text: Normalized.compact(line.text), raw: line.text, box: line.box, page: page, block: index)
                }
                if let open = current { pieces += Self.levelParts(of: open) }
            }
        }
        // A track's count over its categories' in a bracket: the categories (`ExamInnerCounts`).
        for i in pieces.indices { if let inner = ExamInnerCounts.categories(pieces[i].text) { pieces[i].text = inner } }
        // Counts in brackets after their categories, under a header declaring them (`ExamBracketCounts`).
        if ExamBracketCounts.declared(in: part.blocks) {
            for i in pieces.indices { if let counted = ExamBracketCounts.counted(pieces[i].text) { pieces[i].text = counted } }
        }
        // Tile captions over their counts first: a tile's count may stand level with a line
        // of the track tag beside the row (`新卒採用`), which is no name of it.
        pieces = Self.joiningTiles(pieces)
        // A name line and a bare count far to its right on its baseline (`ExamLinePairs`): one
        // piece at the name's place in the reading order.
        let lines = pieces.indices.filter { pieces[$0].table == nil }
        let linePairs = ExamLinePairs.pairs(in: lines.map { ExamLinePairs.Line(text: pieces[$0].text, box: pieces[$0].box, page: pieces[$0].page) })
        for (name, count) in linePairs.map({ (lines[$0.name], lines[$0.count]) }) {
            pieces[name].raw += "\t" + pieces[count].raw
            pieces[name].text += ":" + pieces[count].text
            pieces[name].box = pieces[name].box.union(pieces[count].box)
        }
        let pairedCounts = Set(linePairs.map { lines[$0.count] })
        pieces = pieces.indices.filter { !pairedCounts.contains($0) }.map { pieces[$0] }
        // A category line with a count per level on its baseline (`ExamLevelItems`): one piece per level at the name's place.
        let rest = pieces.indices.filter { pieces[$0].table == nil }
        let levelPairs = ExamLevelItems.pairs(in: rest.map { ExamLinePairs.Line(text: pieces[$0].text, box: pieces[$0].box, page: pieces[$0].page) })
        let itemLines = Set(levelPairs.map { rest[$0.line] })
        let byName = Dictionary(levelPairs.map { (rest[$0.name], $0) }, uniquingKeysWith: { a, _ in a })
        pieces = pieces.indices.filter { !itemLines.contains($0) }.flatMap { i in
            byName[i].map { pair in
                pair.items.map { item in
                    var cut = pieces[i]
                    (cut.text, cut.givenLevel) = (cut.text + ":\(item.count)名", item.level)
                    (cut.raw, cut.box) = (cut.raw + "\t" + pieces[rest[pair.line]].raw, cut.box.union(pieces[rest[pair.line]].box))
                    return cut
                }
            } ?? [pieces[i]]
        }
        var track: Track? = nil
        var level: ExamBreakdown.Level? = nil
        var entries = gridEntries
        var firstPage = gridPage
        // The list reading's entries with the block each came from.
        var listed: [(block: Int, entry: ExamBreakdown.Entry)] = []
        // The block and level of the last table row read.
        var lastTable: (block: Int, level: ExamBreakdown.Level)? = nil
        let counted = pieces.map { !Self.pairs(in: $0.text).isEmpty }
        // A note under the table naming each category's track (`ExamTrackNote`).
        let note = ExamTrackNote(blocks: part.blocks, categories: pieces.flatMap { Self.pairs(in: $0.text).map(\.0) })
        // A note saying the tinted rows are one track and the rest the other, where no piece is a track's label (`ExamShadedTracks`).
        let shaded = pieces.contains { ExamTrackWords.isBare($0.text) } ? nil : ExamShadedTracks(blocks: part.blocks)
        // Track boxes joined to level boxes by connectors (`ExamFlowchartTracks`).
        let flowchart = pieces.indices.map { i in
            ExamFlowchartTracks.Item(box: pieces[i].box, page: pieces[i].page, track: pieces[i].track, level: pieces[i].level != nil, counted: counted[i])
        }
        // A track's strip with its total at the right end heads the rows under it (`ExamTrackStrips`).
        let strips = ExamTrackStrips.strips(in: pieces.map { ExamTrackStrips.Item(text: $0.text, box: $0.box, page: $0.page, track: $0.track) })
        // Upright track labels on tabs, each spanning its list (`ExamTrackTabs`).
        let tabs = pieces.indices.map { i in
            ExamTrackTabs.Item(
                box: pieces[i].box, page: pieces[i].page, track: pieces[i].track, counted: counted[i],
                head: pieces[i].level != nil || ExamTrackTabs.opensWithHeadMark(pieces[i].text))
        }
        for (index, piece) in pieces.enumerated() {
            let pairs = Self.pairs(in: piece.text)
            // A note beside the counts (`ExamSideNotes`) names nothing for them.
            let side = piece.table == nil && pairs.isEmpty && ExamSideNotes.isBeside(
                piece.box, counted: pieces.indices.filter { $0 > index && counted[$0] && pieces[$0].page == piece.page }.map { pieces[$0].box })
            // A table row's category naming its level in brackets (`ExamBracketLevel`): that row's alone.
            let own = piece.table == nil ? nil : ExamBracketLevel.level(ofCategories: pairs.map(\.0))
            if !side {
                track = piece.track ?? track
                if own == nil { level = piece.level ?? (piece.table == nil ? ExamTitleLevel.level(ofTitle: piece.text) : nil) ?? level }
            }
            guard !pairs.isEmpty else { continue }
            // A bar is no cell beside the rows near it: it heads the rows below it.
            // A label centred on the run of rows it spans holds every row of the run (`ExamCentredSpans`).
            let spanTrack: Track? = Self.centredSpan(of: piece, in: pieces, \.track)?.value
            let spanLevel: ExamBreakdown.Level? = Self.centredSpanLevel(of: piece, in: pieces)
            // A row whose track cell names neither track is of neither (`ExamOtherTrackRows`).
            let otherRow: Track? = ExamOtherTrackRows.isOther(piece, in: pieces) ? .other : nil
            let rowTrack = ExamTrackStrips.track(of: piece.box, page: piece.page, strips: strips)
                ?? ExamTrackTabs.track(of: piece.box, page: piece.page, items: tabs) ?? spanTrack
                ?? otherRow
                ?? Self.labelToTheLeft(of: piece, in: pieces.filter { !Self.isBar($0, in: pieces) }, \.track)
                ?? Self.trackBar(above: piece, in: pieces) ?? Self.columnHeader(above: piece, in: pieces, \.track)
                ?? ExamFlowchartTracks.track(of: piece.box, page: piece.page, items: flowchart) ?? track
                ?? Self.spanningTrack(of: piece, in: pieces)
            // A table row under no level at all is of an exam that names none: the non-graduate one.
            // Or the level over the group of columns it stands in (`ExamLevelColumnGroups`).
            // A row the layout left under its table (`機械（1）` alone below the grid) is of the table's level.
            let underTable: ExamBreakdown.Level? = lastTable.flatMap { piece.block == $0.block + 1 ? $0.level : nil }
            let rowLevel = piece.givenLevel ?? own ?? spanLevel ?? Self.labelToTheLeft(of: piece, in: pieces, \.level) ?? Self.columnHeader(above: piece, in: pieces, \.level)
                ?? ExamLevelColumnGroups.level(of: piece, in: pieces) ?? level ?? (piece.table != nil ? .undergraduate : underTable)
            guard let rowTrack = rowTrack ?? pairs.lazy.compactMap({ note.track(of: $0.0) ?? shaded?.track(of: $0.0) }).first, let rowLevel else { continue }
            firstPage = firstPage ?? piece.page
            if piece.table != nil { lastTable = (piece.block, rowLevel) }
            for (given, count) in pairs {
                // (A badge before the category, `【新設】電気`, is no part of it: `ExamCategoryMarks`.)
                let category = ExamCategoryMarks.split(given).name
                listed.append((piece.block, ExamBreakdown.Entry(
                    track: note.track(of: category) ?? shaded?.track(of: category) ?? rowTrack, level: rowLevel, category: category, count: count,
                    provenance: Provenance(page: piece.page, box: piece.box, text: piece.raw))))
            }
        }
        // An exam's strip with its total over its categories is no category (`ExamStripTotals`).
        listed = ExamStripTotals.dropped(listed)
        // A sentence, where it reads more than the list reading did in its blocks.
        let sentences = ExamProseRuns.sentenceEntries(of: part.blocks, skipping: columns.used, listed: &listed)
        firstPage = [firstPage, sentences.first?.provenance?.page].compactMap { $0 }.min()
        entries += listed.map(\.entry) + sentences
        guard !entries.isEmpty, let page = firstPage else { return nil }
        // The year is in the heading (`令和6年入省者（予定）試験区分`) or in a line under it.
        let prose = part.blocks.prefix(3).filter { $0.block.table == nil }.map { $0.block.lines.map(\.text).joined() }
        // Planned when the heading says so, or the line that names the year does
        // (`令和6年度採用予定者の試験区分` under a plain `試験区分`).
        let named = ([part.heading] + prose).lazy.compactMap { text in
            (AssignmentsParser.cohortYear(in: text) ?? (try? EraDate.all(in: text))?.first { !$0.isAsOf }?.year ?? Self.openingYear(of: text))
                .map { (year: $0, text: text) }
        }.first
        var breakdown = ExamBreakdown(
            cohortFiscalYear: named?.year, planned: PlannedNote.says(part.heading) || named.map { PlannedNote.says($0.text) } == true, entries: entries,
            page: page)
        // The rest printed on a later page (`ExamPageNote`) joins this breakdown.
        if ExamPageNote.pointsOnward(in: part.blocks, from: page) { breakdown.continues = true }
        return breakdown
    }

    /// The section's heading and the lines of the prose blocks before block `index` on its
    /// page, top to bottom: the titles a table there may take its exam level from.
    static func titles(before index: Int, in part: SectionSegmenter.Part) -> [String] {
        let page = part.blocks[index].page
        return [part.heading] + part.blocks[..<index].filter { $0.page == page && $0.block.table == nil }.flatMap { $0.block.lines.map(\.text) }
    }

    /// `2026年度 試験区分別の採用予定数` → 2026: a heading or caption that opens with its year
    /// in Western numerals (no era to read, nor `年度採用` to tie it to a cohort).
    static func openingYear(of text: String) -> Int? {
        let compact = Normalized.compact(text)
        guard let end = compact.range(of: "年度")?.upperBound else { return nil }
        return YearLabel.gregorian(String(compact[..<end]))
    }
}
