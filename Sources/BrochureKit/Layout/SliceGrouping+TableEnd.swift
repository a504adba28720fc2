/// Where a table's rows end and a page's columns begin under it, though the table's column gap
/// and the page's gutter line up.
extension SliceGrouping {
    /// Whether `slice` leaves the table rows of `group` for another arrangement: a line of it
    /// starts inside a gap between the rows' columns and runs on more than two ems past the
    /// rows' right edge.
    ///
    /// A full-width table over a two-column text (`制度 | 期間 | 内容` over a column of
    /// initiatives beside one of training) shares its widest column gap with the page's gutter,
    /// and its last row sits as close over the columns as its rows sit to one another. A row of
    /// the table keeps to its columns and its width; the right column's first line starts in
    /// the gap before the table's last column and runs past the table's end. Only rows of three
    /// cells or more, three rows at least, all of one count, are taken for a table here.
    func leavesTableRows(_ slice: [Int], _ group: [[Int]]) -> Bool {
        guard group.count >= 3, let cells = group.first?.count, cells >= 3, group.allSatisfy({ $0.count == cells }) else { return false }
        let rows = group.joined()
        guard let right = rows.lazy.map({ page.boxes[$0].x1 }).max() else { return false }
        // (The rows' gaps are found only for a line running past their end: most slices have none.)
        let beyond = slice.filter { page.boxes[$0].x1 > right + 2 * unit }
        guard !beyond.isEmpty else { return false }
        let gaps = Gutters(sortedExtents: page.sortedExtents(Array(rows)), bounds: page.bounds(Array(rows)), minimum: unit).intervals
        return beyond.contains { i in
            let x = page.boxes[i].x0
            return gaps.contains { $0.lowerBound + unit < x && x < $0.upperBound - unit }
        }
    }
}
