/// Lines that share a row: their vertical extents overlap, directly or through a line between.
///
/// A cell set over two text lines (`R6` over `（予定数）`) joins its row through the cells
/// centred beside it, which is how a reader sees it too.
struct RowBand {
    var lines: [TextLine]
    var box: Rect

    init(lines: [TextLine]) {
        self.lines = lines
        self.box = Rect.enclosing(lines.map(\.box))!
    }

    /// Horizontal lines grouped into bands, top to bottom.
    static func bands(of lines: [TextLine]) -> [RowBand] {
        let sorted = lines.sorted { $0.box.y0 < $1.box.y0 }
        var bands: [RowBand] = []
        bands.reserveCapacity(sorted.count)
        for line in sorted {
            // (Indexed, not `if let last = bands.last`: the copy kept the band's lines shared,
            // and every append copied them all.)
            if let last = bands.indices.last,
                bands[last].lines.contains(where: { $0.box.yOverlap(line.box) >= 0.3 * min($0.box.height, line.box.height) })
            {
                bands[last].lines.append(line)
                bands[last].box = bands[last].box.union(line.box)
            } else {
                bands.append(RowBand(lines: [line]))
            }
        }
        return mergeStackedCells(bands).flatMap(splittingLevels)
    }

    /// A band bridged by cells spanning its rows, split back into them: lines at two levels or
    /// more, each level holding cells side by side, apart by more than half a line, with a
    /// two-line cell or a label centred beside them joining the levels into one band
    /// (`事務` | `3` and `図書` | `1` beside `国立大学法人等職員採用試験` / `（北海道・東北地区）`
    /// and `事務系`). A row per level; the spanning lines go with the first, as a reader
    /// takes a merged cell. (Two text lines of one row sit tighter: they stay one band.)
    static func splittingLevels(_ band: RowBand) -> [RowBand] {
        guard band.lines.count >= 5 else { return [band] }
        // Most bands are one level of cells: told from their tops and their shortest line alone
        // (no level can start more than a fifth of it apart), before the median or any sorting.
        // (Asked of every band, the levels cost 2% of a dense table page's `text`.)
        var low = Double.infinity, high = -Double.infinity, shortest = Double.infinity
        for line in band.lines {
            low = min(low, line.box.y0)
            high = max(high, line.box.y0)
            shortest = min(shortest, line.box.height)
        }
        guard high - low > 0.2 * shortest else { return [band] }
        let em = band.em
        var levels: [[TextLine]] = []
        for line in band.lines.sorted(by: { $0.box.y0 < $1.box.y0 }) {
            if let last = levels.indices.last, abs(levels[last][0].box.y0 - line.box.y0) <= 0.2 * em {
                levels[last].append(line)
            } else {
                levels.append([line])
            }
        }
        let rows = levels.filter { level in
            level.count >= 2 && level.contains { a in level.contains { b in b.box.x0 >= a.box.x1 } }
        }
        // (Or no two lines of a row level: the rows told by a column of figures, one line each.)
        if rows.count < 2 { return splittingAtColumn(band, em: em) ?? [band] }
        guard rows.count < levels.count else { return [band] }
        let spanning = levels.filter { level in !rows.contains { $0[0].box.y0 == level[0].box.y0 } }.flatMap { $0 }
        return apart(rows, spanning: spanning, em: em) ?? [band]
    }

    /// A band per row, the lines spanning them with the first, as a reader takes a merged
    /// cell; nil when two rows stand within half a line of each other (`em`): one row's lines.
    static func apart(_ rows: [[TextLine]], spanning: [TextLine], em: Double) -> [RowBand]? {
        for (upper, lower) in zip(rows, rows.dropFirst()) {
            guard let bottom = upper.map(\.box.y1).max(), let top = lower.map(\.box.y0).min(), top - bottom > 0.45 * em else { return nil }
        }
        return [RowBand(lines: rows[0] + spanning)] + rows.dropFirst().map { RowBand(lines: $0) }
    }

    /// Merges three bands when a cell of two lines in the outer two is centred on the middle
    /// one (`令和7年度` over `（予定数）` beside single-line years): one row, not three.
    private static func mergeStackedCells(_ bands: [RowBand]) -> [RowBand] {
        var result: [RowBand] = []
        var i = 0
        while i < bands.count {
            if i + 2 < bands.count {
                let (upper, middle, lower) = (bands[i], bands[i + 1], bands[i + 2])
                let stacked = upper.lines.contains { a in
                    lower.lines.contains { b in
                        b.box.y0 - a.box.y1 <= 0.65 * max(a.box.height, b.box.height)
                            && b.box.xOverlap(a.box) > 0.5 * min(a.box.width, b.box.width)
                    }
                }
                if stacked && middle.box.y0 >= upper.box.y0 && middle.box.y1 <= lower.box.y1 {
                    result.append(RowBand(lines: upper.lines + middle.lines + lower.lines))
                    i += 3
                    continue
                }
            }
            result.append(bands[i])
            i += 1
        }
        return result
    }

    var em: Double {
        max(Median.of(lines.map(\.box.height), or: 1), 1)
    }

    /// Lines that start a new horizontal position in the band (stacked lines count once).
    var cellCount: Int { cellStarts().starts.count { $0 } }

    /// The band's lines grouped by horizontal overlap: one group per cell.
    func horizontalGroups() -> [[TextLine]] {
        // (Each line put in directly, not mapped from `horizontalGroupIndices`: asked of every
        // band of a table, arrays of indices cost 0.3% of a dense table page's `text`.)
        groups { lines[$0] }
    }

    /// `horizontalGroups` as indices into `lines`.
    func horizontalGroupIndices() -> [[Int]] {
        groups { $0 }
    }

    /// The band's cells, each line as `element` makes it of its index.
    private func groups<Element>(_ element: (Int) -> Element) -> [[Element]] {
        let (order, starts) = cellStarts()
        var groups: [[Element]] = []
        for (k, i) in order.enumerated() {
            if starts[k] { groups.append([element(i)]) } else { groups[groups.count - 1].append(element(i)) }
        }
        return groups
    }

    /// The band's lines left to right (as indices), and whether each starts a cell or overlaps
    /// the cell before: counting cells needs no copies of the lines, and `cellCount` is asked
    /// of every band the segmenter compares.
    private func cellStarts() -> (order: [Int], starts: [Bool]) {
        let order = lines.indices.sorted { lines[$0].box.x0 < lines[$1].box.x0 }
        var starts: [Bool] = []
        starts.reserveCapacity(order.count)
        var extent: ClosedRange<Double>? = nil
        for i in order {
            let box = lines[i].box
            if let current = extent, box.x0 < current.upperBound - 0.1 * lines[i].em {
                extent = current.lowerBound...max(current.upperBound, box.x1)
                starts.append(false)
            } else {
                extent = box.x0...box.x1
                starts.append(true)
            }
        }
        return (order, starts)
    }
}
