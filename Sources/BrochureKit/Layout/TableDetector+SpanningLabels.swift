/// Group labels set once down a table's first column, centred on the rows they name.
extension TableDetector {
    /// Moves the labels of a table's first column that are centred on runs of body rows to
    /// the first row of each run, as a reader takes a merged cell (`令和` once beside `3年度` …
    /// `8年度`, `事務系` beside its three exam categories).
    ///
    /// An unruled table gives no span: a label lands in the row (or the gap after a row)
    /// nearest its centre, the middle of its run, and the rows above it were read without it.
    /// Only when the labels tile the body, each centred on the rows from where the one before
    /// ends (the first row's own label centred on it and the rows after it, or on it alone when
    /// no later label stands level with the middle of its own row), the last reaching the last
    /// row; only words, one or two lines each, in a column at most half filled, beside rows
    /// that all have cells of their own.
    static func placeSpanningLabels(_ rows: inout [[Table.Cell]], headerRows: Int) {
        let body = headerRows..<rows.count
        guard body.count >= 3, rows[headerRows].count >= 2 else { return }
        let filled = body.filter { !rows[$0][0].text.isEmpty }
        // (A label in the first body row set level with it may set the others level with their
        // groups' first rows too: a regular pitch would centre each on rows of the groups
        // around it; see the first label's test below. One centred between the first rows,
        // `事務職` beside two, is no such label.)
        guard filled.first != nil, filled.count * 2 <= body.count else { return }
        // Each body row's extent from its other cells: the label's own box says nothing of the row.
        var tops: [Int: Double] = [:], bottoms: [Int: Double] = [:]
        for r in body {
            let boxes = rows[r].dropFirst().compactMap(\.box)
            guard let top = boxes.map(\.y0).min(), let bottom = boxes.map(\.y1).max() else { return }
            tops[r] = top
            bottoms[r] = bottom
        }
        // Labels set level with the first row of their group (`技術職` beside `土木`, the
        // first of four) leave rows no label is centred on: they tile nothing, and stay.
        var starts: [Int] = []
        var next = headerRows
        for (k, r) in filled.enumerated() {
            let cell = rows[r][0]
            guard let box = cell.box, cell.lines.count <= 2, !cell.text.unicodeScalars.contains(where: isDigit), next <= r else { return }
            let last = k + 1 < filled.count ? filled[k + 1] - 1 : rows.count - 1
            let top = tops[next]!
            let ends = (r...last).filter { b in
                let bottom = bottoms[b]!
                return box.y0 >= top - 0.5 && box.y1 <= bottom + 0.5 && !offLevel(box, top: top, bottom: bottom)
            }
            // (A first label beside its one row shows no convention: then no later label may
            // stand level with the middle of its own row, as one set level with its group's
            // first row does.)
            guard let end = ends.first, k + 1 < filled.count || end == last,
                r > headerRows || end > r || filled.dropFirst().allSatisfy({ f in Self.offLevel(rows[f][0].box, top: tops[f]!, bottom: bottoms[f]!) })
            else { return }
            starts.append(next)
            next = end + 1
        }
        for (r, start) in zip(filled, starts) where start != r {
            rows[start][0] = rows[r][0]
            rows[r][0] = Table.Cell(text: "", box: nil)
        }
    }

    /// Whether a label's box stands off the middle of the row it was put in (from `top` to
    /// `bottom`): it is centred on rows around it, not set in its own. (One set level with its
    /// row's top is centred on no run of rows at a regular pitch, unless its row is one line.)
    static func offLevel(_ box: Rect?, top: Double, bottom: Double) -> Bool {
        guard let box else { return false }
        return abs(box.midY - (top + bottom) / 2) > 0.25 * box.height
    }

    /// Joins a row holding only its first cells, set between the rows above and below it, to
    /// the row above: cells set once beside two rows of an unruled table
    /// (`技術系` and `一般職試験` / `（大卒程度試験）` beside `電気・電子・情報` and `機械`) fall
    /// between the two rows' bands and made a row of their own, empty after them, with the
    /// rows they name empty before. The two rows stand at the table's pitch, with no room for a
    /// row between them: a label on a row of its own (`技術系` over its rows) has one.
    static func joinLabelRows(_ rows: inout [[Table.Cell]], rowBoxes: inout [Rect], headerRows: Int) {
        guard rows.count >= headerRows + 3 else { return }
        // The pitch of the body's rows, from pairs of rows neither of which is labels alone.
        func labelsAlone(_ row: [Table.Cell]) -> Bool {
            guard let k = row.firstIndex(where: { $0.text.isEmpty }), k > 0 else { return false }
            return row[k...].allSatisfy { $0.text.isEmpty }
        }
        let tops = rows.map { row in labelsAlone(row) ? nil : row.compactMap(\.box).map(\.y0).min() }
        var pitch = Double.infinity
        for r in headerRows..<(rows.count - 1) {
            if let a = tops[r], let b = tops[r + 1], b > a { pitch = min(pitch, b - a) }
        }
        guard pitch.isFinite else { return }
        var r = headerRows + 1
        while r + 1 < rows.count {
            let row = rows[r], above = rows[r - 1], below = rows[r + 1]
            guard labelsAlone(row), let k = row.firstIndex(where: { $0.text.isEmpty }), above.count == row.count, below.count == row.count,
                above[..<k].allSatisfy({ $0.text.isEmpty }), below[..<k].allSatisfy({ $0.text.isEmpty }),
                let top = above[k...].compactMap(\.box).map(\.y0).min(), let next = below[k...].compactMap(\.box).map(\.y0).min(),
                next - top <= 1.25 * pitch
            else {
                r += 1
                continue
            }
            for c in 0..<k { rows[r - 1][c] = row[c] }
            if rowBoxes.count == rows.count {
                rowBoxes[r - 1] = rowBoxes[r - 1].union(rowBoxes[r])
                rowBoxes.remove(at: r)
            }
            rows.remove(at: r)
        }
    }
}
