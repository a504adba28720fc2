/// Group labels set once down a table's first column, centred on the rows they name.
extension TableDetector {
    /// Moves the labels of a table's first column that are centred on runs of body rows to
    /// the first row of each run, as a reader takes a merged cell (`令和` once beside `3年度` …
    /// `8年度`, `事務系` beside its three exam categories).
    ///
    /// An unruled table gives no span: a label lands in the row (or the gap after a row)
    /// nearest its centre, the middle of its run, and the rows above it were read without it.
    /// Only when the first row has no label and the labels tile the body, each centred on the
    /// rows from where the one before ends, the last reaching the last row; only words, one line
    /// each, in a column at most half filled, beside rows that all have cells of their own.
    static func placeSpanningLabels(_ rows: inout [[Table.Cell]], headerRows: Int) {
        let body = headerRows..<rows.count
        guard body.count >= 3, rows[headerRows].count >= 2 else { return }
        let filled = body.filter { !rows[$0][0].text.isEmpty }
        // (A label in the first body row is set level with its group's first row, the others
        // too: a regular pitch would centre each on rows of the groups around it.)
        guard let first = filled.first, first > headerRows, filled.count * 2 <= body.count else { return }
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
            guard let box = cell.box, cell.lines.isEmpty, !cell.text.unicodeScalars.contains(where: isDigit), next <= r else { return }
            let last = k + 1 < filled.count ? filled[k + 1] - 1 : rows.count - 1
            let top = tops[next]!
            let ends = (r...last).filter { b in
                let bottom = bottoms[b]!
                return box.y0 >= top - 0.5 && box.y1 <= bottom + 0.5 && abs(box.midY - (top + bottom) / 2) <= 0.25 * box.height
            }
            guard let end = ends.first, k + 1 < filled.count || end == last else { return }
            starts.append(next)
            next = end + 1
        }
        for (r, start) in zip(filled, starts) where start != r {
            rows[start][0] = rows[r][0]
            rows[r][0] = Table.Cell(text: "", box: nil)
        }
    }
}
