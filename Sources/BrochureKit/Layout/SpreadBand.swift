/// The stretch of a spread where a table runs across the fold, laid out as one page-wide band.
///
/// A table printed over both pages of a spread (its label and first columns on the left page,
/// the rest on the right, the fold running through a column) leaves a gap down the middle
/// like any spread. Split at the fold, the right piece would be a table of bare figures with
/// no row labels, which no one prints on its own: rows that meet across the fold whose cells
/// nearest the fold on the right are figures mark the piece. The band takes those rows, with
/// a heading just above and notes just below, and is read after the halves above it.
enum SpreadBand {
    /// The top and bottom of the band, or nil when no table runs across `fold`.
    static func across(_ lines: [TextLine], fold: Double) -> ClosedRange<Double>? {
        let left = lines.filter { $0.box.x1 <= fold }
        let right = lines.filter { $0.box.x0 >= fold }
        var rows: [Rect] = []
        for a in left {
            // The nearest cell left of the fold on this row, and its partner nearest right of it.
            guard !left.contains(where: { $0 != a && $0.box.x0 >= a.box.x1 - 0.5 && $0.box.yOverlap(a.box) > 0 }) else { continue }
            let partners = right.filter { $0.box.yOverlap(a.box) >= 0.5 * min(a.box.height, $0.box.height) }
            guard let b = partners.min(by: { $0.box.x0 < $1.box.x0 }) else { continue }
            if !rows.contains(where: { $0.yOverlap(a.box) > 0 }) { rows.append(a.box.union(b.box)) }
        }
        rows.sort { $0.y0 < $1.y0 }
        // The longest run of rows one under another whose right cells are figures (row labels
        // are words), with the header row over it: prose on both pages meets across the fold
        // too, but not so.
        func figures(_ row: Rect) -> Bool {
            right.contains { $0.box.yOverlap(row) > 0 && $0.box.x0 <= row.x1 + 0.5 && Self.isFigure($0.text) }
        }
        var runs: [[Rect]] = []
        for row in rows where figures(row) {
            if let last = runs.last?.last, row.y0 - last.y1 <= 1.5 * last.height { runs[runs.count - 1].append(row) } else { runs.append([row]) }
        }
        guard var run = runs.max(by: { $0.count < $1.count }), run.count >= 3 else { return nil }
        if let header = rows.last(where: { $0.y1 <= run[0].y0 + 0.5 }), run[0].y0 - header.y1 <= 1.5 * header.height { run.insert(header, at: 0) }
        let top = run[0]
        let bottom = run[run.count - 1]
        // A heading just above the first row, and notes just below the last, belong to it.
        var band = top.y0...bottom.y1
        let above = lines.filter { $0.box.y1 <= band.lowerBound + 0.5 && band.lowerBound - $0.box.y1 <= 1.8 * $0.em }
        if let y = above.map(\.box.y0).min() { band = y...band.upperBound }
        let below = lines.filter { $0.box.y0 >= band.upperBound - 0.5 && $0.box.y0 - band.upperBound <= 1.8 * $0.em }
        if let y = below.map(\.box.y1).max() { band = band.lowerBound...y }
        return band
    }

    /// A count as a table prints it (`88名(女性21名)`, `42`, `－`): digits and little else.
    static func isFigure(_ text: String) -> Bool {
        let digits = text.unicodeScalars.filter(TableDetector.isDigit).count
        return digits > 0 && digits * 3 >= text.unicodeScalars.filter { !UnmappedText.isWhitespace($0) }.count
            || !text.isEmpty && Headcount.noneMarks.contains(Normalized.compact(text))
    }
}
