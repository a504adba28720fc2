extension RowBand {
    /// A band of rows whose cells stand at staggered heights, joined by a label centred on the
    /// gap between two of them, split back into its rows at a column holding one line per row.
    ///
    /// A category set over two lines (`臨床検査技師` / `（要免許）`) beside a one-line figure
    /// centred on it puts no two lines of its row level with each other, so `splittingLevels`
    /// finds no level; a group label centred on its rows (`医療技術`) reaches both rows around
    /// the gap and makes them one band. A column of figures tells them apart: each of its
    /// lines stands more than half a line from the next, every other line reaches exactly one
    /// of them or none, and each row so made holds cells side by side, apart from the next row
    /// by more than half a line. A line reaching none spans the rows and goes with the first,
    /// as a reader takes a merged cell; without one, nothing joined the rows. Nil when the
    /// band is no such run of rows.
    static func splittingAtColumn(_ band: RowBand, em: Double) -> [RowBand]? {
        // The column of figures with the most lines (as indices into the band's lines); that its
        // lines stand apart is asked of the rows they make.
        let lines = band.lines
        var anchors: [Int] = []
        for group in band.horizontalGroupIndices() where group.count > anchors.count
            && group.allSatisfy({ TableDetector.isNumeric(lines[$0].text) })
        {
            anchors = group.sorted { lines[$0].box.y0 < lines[$1].box.y0 }
        }
        guard anchors.count >= 2 else { return nil }
        var rows = anchors.map { [lines[$0]] }
        var spanning: [TextLine] = []
        for i in lines.indices where !anchors.contains(i) {
            // (A line reaching two figures joins their rows: the rows are then found to touch.)
            if let row = anchors.indices.first(where: { lines[anchors[$0]].box.yOverlap(lines[i].box) > 0 }) {
                rows[row].append(lines[i])
            } else {
                spanning.append(lines[i])
            }
        }
        // (Without a line between the rows, nothing joined them: no such band.)
        guard !spanning.isEmpty, rows.allSatisfy({ row in row.contains { a in row.contains { b in b.box.x0 >= a.box.x1 } } }) else { return nil }
        return apart(rows, spanning: spanning, em: em)
    }
}
