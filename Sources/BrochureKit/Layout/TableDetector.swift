/// Finds tables from the alignment of short text cells; poppler-glib exposes no ruling lines.
///
/// A run of rows qualifies when each has two or more cells, the cells fall into shared
/// columns, they are short, and some column is mostly numbers. That last rule keeps a
/// page of two text columns, whose lines align just as well, from being read as a table.
struct TableDetector {
    struct Result {
        var tables: [(table: Table, lines: [TextLine])]
        var rest: [TextLine]
    }

    func detect(_ lines: [TextLine]) -> Result {
        let horizontal = lines.filter { $0.orientation == .horizontal }
        let vertical = lines.filter { $0.orientation == .vertical }
        let bands = RowBand.bands(of: horizontal)
        var used = [Bool](repeating: false, count: bands.count)
        var tables: [(Table, [TextLine])] = []
        var start = 0
        while start < bands.count {
            guard bands[start].cellCount >= 2 else { start += 1; continue }
            var end = start
            while let next = continuation(of: bands, after: end) { end = next }
            // A lone line tight above or below the run is a cell's other line (`技術系` set
            // over the rest of its header row).
            var first = start
            if first > 0, !used[first - 1], bands[first - 1].cellCount == 1,
                bands[first].box.y0 - bands[first - 1].box.y1 <= 0.45 * bands[first].em
            {
                first -= 1
            }
            if end + 1 < bands.count, bands[end + 1].cellCount == 1,
                bands[end + 1].box.y0 - bands[end].box.y1 <= 0.45 * bands[end].em
            {
                end += 1
            }
            // A caption set beside the table's first row (a sentence across several columns)
            // is not a row of it.
            let runWidth = bands[first...end].map(\.box).reduce(bands[first].box) { $0.union($1) }.width
            // (Not a long first cell, no sentence, beside two short cells or more, over one as
            // long at its left edge: a column of long cells, station lines beside their exits and
            // walking times.)
            while first < end, bands[first].lines.contains(where: { line in
                (line.text.count >= 15 || (line.text.count >= 12 && line.box.width >= 0.4 * runWidth))
                    && !(bands[first].cellCount >= 3 && bands[first].lines.allSatisfy({ $0 == line || $0.text.count <= 8 })
                        && Self.isPhrase(line.text) && bands[first + 1].lines.contains {
                        abs($0.box.x0 - line.box.x0) <= 0.5 * line.em && $0.box.width >= 0.7 * line.box.width && Self.isPhrase($0.text)
                    })
            }) {
                first += 1
            }
            if first < end, Self.headsFromAbove(bands[first], over: bands[(first + 1)...end]) { first += 1 }
            if end > first, let table = makeTable(Array(bands[first...end])) {
                for i in first...end { used[i] = true }
                tables.append(table)
            }
            start = end + 1
        }
        var rest = vertical
        for (i, band) in bands.enumerated() where !used[i] { rest += band.lines }
        return Result(tables: tables, rest: rest)
    }

    /// The last band of the next step of a table after band `end`, or nil where it stops.
    ///
    /// A cell taller than its neighbours (`病床の` / `ひっ迫` / `具合` beside single-line cells)
    /// leaves bands of one cell between full rows; up to three are bridged when a full row
    /// follows. Whether the rows share columns is judged on the whole run, in `makeTable`.
    private func continuation(of bands: [RowBand], after end: Int) -> Int? {
        var candidate = end + 1
        while candidate < bands.count && candidate - end <= 4 {
            let band = bands[candidate]
            guard band.box.y0 - bands[candidate - 1].box.y1 <= 2.5 * bands[candidate - 1].em else { return nil }
            if band.cellCount >= 2 { return candidate }
            candidate += 1
        }
        return nil
    }

    private func extent(_ group: [TextLine]) -> ClosedRange<Double> {
        // (One pass, no arrays: asked for every cell several times over.)
        var low = group[0].box.x0
        var high = group[0].box.x1
        for line in group.dropFirst() {
            low = min(low, line.box.x0)
            high = max(high, line.box.x1)
        }
        return low...high
    }

    private func overlaps(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Bool {
        HeaderOnlyColumns.overlaps(a, b)
    }

    private func makeTable(_ bands: [RowBand]) -> (Table, [TextLine])? {
        // (Cells spanning two header rows, set in the gap between them, join the first.)
        let bands = RowBand.joiningSpanningCells(bands)
        let grouped = bands.map { $0.horizontalGroups() }
        let em = Median.of(bands.map(\.em), or: 10)
        // Columns come from the body (the rows from the first with figures) with the most cells: a header
        // centred over right-aligned figures would otherwise make a column of its own. Header
        // cells then go to the column they overlap, or the nearest.
        let firstBody = grouped.firstIndex { row in row.contains { Self.isNumeric(Self.join($0.map(\.text))) } } ?? 0
        let source = grouped.count - firstBody >= 2 ? Array(grouped[firstBody...]) : grouped
        let widest = source.map(\.count).max() ?? 0
        // (A row of labels under the figures, the header set below the table, is placed like
        // a header when two rows of figures give the columns.)
        let figured = source.filter { $0.count == widest && $0.contains { Self.isNumeric(Self.join($0.map(\.text))) } }
        var columns: [ClosedRange<Double>] = []
        for row in figured.count >= 2 ? figured : source.filter({ $0.count == widest }) {
            for cell in row.map(extent) {
                if let i = columns.firstIndex(where: { overlaps($0, cell) }) {
                    columns[i] = min(columns[i].lowerBound, cell.lowerBound)...max(columns[i].upperBound, cell.upperBound)
                } else {
                    columns.append(cell)
                }
            }
        }
        columns.sort { $0.lowerBound < $1.lowerBound }
        // A column is as wide as the cells that fall in it alone: a narrow header centred over
        // left-aligned text (`内訳` over `法律7名、経済4名…`) must still catch a short cell below.
        // (Not a header over two cells of a header row under it, `採用予定数` over `大卒程度試験 |
        // 院卒程度試験`: it spans their columns, and would widen the first into the second.)
        for (r, row) in grouped.enumerated() {
            let headersBelow = grouped[min(r + 1, firstBody)..<firstBody].map { $0.map(extent) }
            for cell in row.map(extent) where !Self.spansCells(below: cell, in: headersBelow) {
                let hits = columns.indices.filter { overlaps(columns[$0], cell) }
                if hits.count == 1 {
                    columns[hits[0]] = min(columns[hits[0]].lowerBound, cell.lowerBound)...max(columns[hits[0]].upperBound, cell.upperBound)
                }
            }
        }
        // Widening one column can make it meet another: coalesce so columns never overlap.
        var disjoint: [ClosedRange<Double>] = []
        for column in columns {
            if let last = disjoint.last, overlaps(last, column) {
                disjoint[disjoint.count - 1] = last.lowerBound...max(last.upperBound, column.upperBound)
            } else {
                disjoint.append(column)
            }
        }
        columns = disjoint
        guard columns.count >= 2 else { return nil }
        if firstBody > 0, source.count < grouped.count {
            columns = OffsetHeaders.widened(columns, headerRows: grouped[..<firstBody].map { $0.map(extent) })
            columns = (columns + HeaderOnlyColumns.extra(headerRows: grouped[..<firstBody].map { $0.map(extent) }, columns: columns))
                .sorted { $0.lowerBound < $1.lowerBound }
        }
        columns = (columns + HeaderOnlyColumns.spanning(bodyRows: source.map { $0.map(extent) }, columns: columns))
            .sorted { $0.lowerBound < $1.lowerBound }
        // Labels left of every column in any row, header rows too (`事務職` centred beside a
        // row of exam names over a row of counts, a transposed block): a column of their own.
        if let first = columns.first {
            let left = grouped.map { $0.map(extent).filter { $0.upperBound <= first.lowerBound } }
            columns = (HeaderOnlyColumns.spanning(bodyRows: left, columns: columns) + columns).sorted { $0.lowerBound < $1.lowerBound }
        }

        let medianCellWidth = Median.of(grouped.flatMap { $0.map { extent($0) } }.map { $0.upperBound - $0.lowerBound }, or: 0)
        guard medianCellWidth <= 14 * em else { return nil }

        var rows: [[Table.Cell]] = []
        var rowBoxes: [Rect] = []
        for (r, (band, row)) in zip(bands, grouped).enumerated() {
            var cells = [Table.Cell](repeating: Table.Cell(text: "", box: nil), count: columns.count)
            for group in row {
                let span = extent(group)
                let covered = columns.indices.filter { overlaps(columns[$0], span) }
                let first = covered.first ?? nearestColumn(columns, to: span)
                let ordered = group.sorted { $0.box.y0 < $1.box.y0 || ($0.box.y0 == $1.box.y0 && $0.box.x0 < $1.box.x0) }
                let texts = ordered.map(\.text)
                let joined = Self.join(texts)
                let box = Rect.enclosing(ordered.map(\.box))!
                // One line over several columns whose words are as many as the columns (`事務系 技術系`
                // set as one run over two columns of figures) is a header cell per column.
                // (Split only then: a split by characters for every cell showed in profiles.)
                let words = covered.count >= 2 && ordered.count == 1 ? joined.split(whereSeparator: \.isWhitespace) : []
                if covered.count >= 2, ordered.count == 1, words.count == covered.count,
                    covered.allSatisfy({ cells[$0].text.isEmpty })
                {
                    for (column, word) in zip(covered, words) {
                        cells[column] = Table.Cell(text: String(word), box: Rect(x0: max(box.x0, columns[column].lowerBound), y0: box.y0, x1: min(box.x1, columns[column].upperBound), y1: box.y1))
                    }
                    continue
                }
                // A header in the gap between two columns, the nearer already taken in its row
                // (`技術職` right of `年度`, over counts set at the ends of bars growing right from
                // the years), heads the other.
                let free = r < firstBody && covered.isEmpty && !cells[first].text.isEmpty ? Self.freeNeighbour(of: span, columns: columns, cells: cells) : nil
                if let free {
                    cells[free] = Table.Cell(text: joined, box: box, lines: texts.count > 1 ? texts : [])
                } else if cells[first].text.isEmpty {
                    cells[first] = Table.Cell(
                        text: joined, box: box, columnSpan: max(covered.count, 1), lines: texts.count > 1 ? texts : [])
                } else {
                    let previous = cells[first].lines.isEmpty ? [cells[first].text] : cells[first].lines
                    cells[first].lines = previous + texts
                    cells[first].text = Self.join([cells[first].text, joined])
                    cells[first].box = cells[first].box.map { $0.union(box) } ?? box
                }
            }
            if let previous = rows.last, let previousBand = rowBoxes.last,
                Self.continues(cells, previous, gap: band.box.y0 - previousBand.y1, em: em)
                    || Self.glosses(cells, previous, gap: band.box.y0 - previousBand.y1, em: em)
            {
                rows[rows.count - 1] = Self.merge(previous, cells)
                rowBoxes[rowBoxes.count - 1] = previousBand.union(band.box)
                continue
            }
            rowBoxes.append(band.box)
            rows.append(cells)
        }
        (rows, columns) = RaggedFigures.merging(rows, columns: columns)
        // Header rows are those above the first row with a digit past its first cell.
        let headerRows = rows.firstIndex { $0.dropFirst().contains { $0.text.unicodeScalars.contains(where: Self.isDigit) } } ?? 0
        Self.joinSplitSpanningCells(&rows, em: em)
        Self.joinLabelRows(&rows, rowBoxes: &rowBoxes, headerRows: headerRows)
        Self.placeSpanningLabels(&rows, headerRows: headerRows)
        // Brochure tables carry counts: a column of numbers, or at least short cells in three
        // columns. Prose in columns has neither, however well its lines align.
        let numericColumn = columns.indices.contains { c in
            let filled = rows.filter { !$0[c].text.isEmpty }
            let numeric = filled.filter { Self.isNumeric($0[c].text) }
            return numeric.count >= 2 && numeric.count * 5 >= filled.count * 3
        }
        // (So do cards repeating a group of columns, phrases and all: `CardColumns` reads them card by card.)
        guard numericColumn || (columns.count >= 3 && medianCellWidth <= 8 * em) || Self.isLabelTable(rows, columns: columns, headerRows: headerRows)
            || CardColumns.repeatsGroups(columns: columns, rows: rows, em: em)
        else { return nil }
        // A row of boxes of wrapped text is read box by box, not as a table.
        guard numericColumn || !WrappedBoxes.matches(rows, rowBoxes: rowBoxes, em: em) else { return nil }
        // Figures down the left beside sentences on the right are badges beside cards (`最大` /
        // `3年` on a tile left of `育児休業` and its text), read card by card, not a table.
        guard !Self.badgesBesideCards(rows) else { return nil }
        let box = Rect.enclosing(bands.map(\.box))!
        let table = Table(box: box, columns: columns, rows: rows, headerRowCount: headerRows)
        return (table, bands.flatMap(\.lines))
    }

    /// The column just left or just right of `span`, which lies between columns, whose cell
    /// in the row is still empty; nil when both are taken.
    static func freeNeighbour(of span: ClosedRange<Double>, columns: [ClosedRange<Double>], cells: [Table.Cell]) -> Int? {
        let left = columns.lastIndex { $0.upperBound < span.lowerBound }
        let right = columns.firstIndex { $0.lowerBound > span.upperBound }
        return [left, right].compactMap { $0 }.first { cells[$0].text.isEmpty }
    }

    private func nearestColumn(_ columns: [ClosedRange<Double>], to span: ClosedRange<Double>) -> Int {
        HeaderOnlyColumns.nearest(columns, to: span)
    }

    /// A count or figure: `55（20）`, `３名`, `R6`, `2,000円` — digits make up much of it.
    static func isNumeric(_ text: String) -> Bool {
        // (Every cell and line is asked: counted in one pass, the scalars not copied.)
        var count = 0, digits = 0
        for scalar in text.unicodeScalars where !UnmappedText.isWhitespace(scalar) {
            count += 1
            if isDigit(scalar) { digits += 1 }
        }
        return digits > 0 && (count <= 8 || digits * 10 >= count * 3)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    /// Joins a cell's lines: no space between Japanese, one space between Latin words.
    static func join(_ parts: [String]) -> String {
        var result = ""
        for part in parts where !part.isEmpty {
            if let last = result.last, let first = part.first, !(Script.isCJK(last) || Script.isCJK(first)) {
                result.append(" ")
            }
            result += part
        }
        return result
    }
}
