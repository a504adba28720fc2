/// An exam table comparing years side by side (`区分 | 令和7年度（前年度） | 令和8年度（本年度）`):
/// only the latest year's column is this year's breakdown.
///
/// The earlier column is there for comparison, and its bare counts (`1`, `18`), read like the
/// others, would give each category a second, wrong count. The column heads are found in the
/// table's header rows or, where the layout left them outside it, in the lines set above each
/// column (taken back as the header row). The latest year's counts are given their unit (`2` → `2名`), so that they pair with
/// the names beside them (`ExamCellLines`), and the earlier columns are blanked.
enum ExamYearColumns {
    /// `table` with only its latest year column's counts, or nil when it compares no years
    /// (fewer than two columns headed by a year, or one whose counts are not bare figures).
    static func current(in table: Table, above blocks: [Block]) -> Table? {
        guard let width = table.rows.map(\.count).max(), width >= 3 else { return nil }
        let body = table.rows.indices.filter { $0 >= table.headerRowCount }
        let spans = (0..<width).map { c in Rect.enclosing(body.compactMap { r in table.rows[r].indices.contains(c) ? table.rows[r][c].box : nil }) }
        let middles = spans.map { $0.map { ($0.x0 + $0.x1) / 2 } }
        let inside = table.headerRowCount > 0
        var years: [(column: Int, year: Int, box: Rect?)] = []
        for c in 0..<width {
            if inside {
                let head = table.rows.prefix(table.headerRowCount).compactMap { $0.indices.contains(c) ? $0[c].text : nil }.joined()
                if let year = year(in: head) { years.append((c, year, nil)) }
            } else if let middle = middles[c], let head = Self.block(over: middle, in: blocks, above: table.box.y0),
                let year = year(in: head.lines.map(\.text).joined())
            {
                years.append((c, year, head.box))
            }
        }
        guard years.count >= 2, Set(years.map(\.year)).count == years.count, let latest = years.max(by: { $0.year < $1.year }) else { return nil }
        // Bare figures in every year column: counts with their unit are read as they are.
        for (c, _, _) in years {
            let cells = body.compactMap { r in table.rows[r].indices.contains(c) ? Normalized.compact(table.rows[r][c].text) : nil }.filter { !$0.isEmpty }
            guard !cells.isEmpty, cells.contains(where: isFigure), cells.allSatisfy({ isFigure($0) || ExamGrid.count(in: $0) == nil && !$0.hasSuffix("名") }) else { return nil }
        }
        var turned = table
        for r in body {
            for (c, _, _) in years where turned.rows[r].indices.contains(c) {
                if c == latest.column {
                    let text = Normalized.compact(turned.rows[r][c].text)
                    if isFigure(text) { turned.rows[r][c].text = text + "名" }
                } else {
                    turned.rows[r][c] = Table.Cell(text: "", box: nil)
                }
            }
        }
        // Heads left above the table are its header row again, so that a column headed `区分`
        // is read as the categories' (`ExamTrackedRowNames.headsCategories`): each column's
        // head is the block on the year heads' row overlapping its cells the most.
        guard !inside, let band = Rect.enclosing(years.compactMap(\.box)) else { return turned }
        let row = blocks.filter { $0.table == nil && $0.box.y1 <= table.box.y0 + 1 && $0.box.yOverlap(band) > 0 }
        let header = (0..<width).map { c -> Table.Cell in
            guard let span = spans[c], let head = row.max(by: { overlap($0.box, span) < overlap($1.box, span) }), overlap(head.box, span) > 0
            else { return Table.Cell(text: "", box: nil) }
            return Table.Cell(text: head.lines.map(\.text).joined(), box: head.box)
        }
        turned.rows.insert(header, at: 0)
        turned.headerRowCount = 1
        turned.box = turned.box.union(band)
        return turned
    }

    /// The nearest block of lines above `top` whose width holds `middle`.
    static func block(over middle: Double, in blocks: [Block], above top: Double) -> Block? {
        blocks.filter { $0.table == nil && $0.box.y1 <= top + 1 && $0.box.x0 <= middle && $0.box.x1 >= middle }.max { $0.box.y1 < $1.box.y1 }
    }

    /// How far two boxes overlap across (0 when they do not).
    static func overlap(_ a: Rect, _ b: Rect) -> Double {
        max(0, min(a.x1, b.x1) - max(a.x0, b.x0))
    }

    /// `令和8年度（本年度）` → 2026: the fiscal year a column head opens with.
    static func year(in head: String) -> Int? {
        let text = Normalized.compact(head)
        guard let end = text.range(of: "年度")?.upperBound else { return nil }
        return YearLabel.fiscalYear(String(text[..<end]))
    }

    /// A count without its unit (`16`).
    static func isFigure(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 4 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
