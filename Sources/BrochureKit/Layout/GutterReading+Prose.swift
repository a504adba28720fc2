/// Running text beside a gutter: the sign of a page column's edge, not a gap between a
/// table's columns.
extension GutterReading {
    /// Whether either side of a gutter holds running text. Table rows are padded apart and
    /// a cell rarely wraps past three lines; a column of text beside a table does nothing else.
    ///
    /// As the place to cut among the region's `gutters`, the prose must border this very
    /// gutter: a wider one of them between the prose and the text beside it on its row is the
    /// page column's edge it borders (`widerBeside`). Groups of slices beside prose are
    /// independent columns either way.
    func separatesProse(_ region: [Int], at gutter: ClosedRange<Double>, unit: Double, among gutters: [ClosedRange<Double>] = []) -> Bool {
        // (The region's gutters wider than this one, further on: found once, asked per line.)
        let width = gutter.upperBound - gutter.lowerBound
        let wider = gutters.filter { $0.lowerBound >= gutter.upperBound && $0.upperBound - $0.lowerBound > width }
        // The lines that border the gutter, on either side: running text there means the
        // gutter is a page column's edge, not a gap between a table's columns.
        return region.contains { i in
            guard page.flows[i] != nil else { return false }
            let box = page.boxes[i]
            // Text starts at the gutter's right edge (left-aligned), and ends near its left
            // edge (ragged), with nothing between.
            if box.x1 <= gutter.lowerBound + 0.5 && box.x1 >= gutter.lowerBound - 4 * unit {
                return !region.contains { j in
                    let other = page.boxes[j]
                    return other.x0 >= box.x1 - 0.5 && other.x1 <= gutter.lowerBound + 0.5 && other.yOverlap(box) > 0
                        && page.lines[j] != page.lines[i]
                } && (wider.isEmpty || !widerBeside(box, gutter, wider, region))
            }
            if box.x0 >= gutter.upperBound - 0.5 && box.x0 <= gutter.upperBound + unit {
                return true
            }
            return false
        }
    }

    /// Whether a gutter wider than `gutter` lies between a line of prose and the text beside it
    /// on its row: the prose borders that one, a page column's edge, and `gutter` is only
    /// where a table under the prose, wider than it, has its last column (a lead over a hiring
    /// table, the next panel's heading beside it).
    /// (`wider`: the region's gutters right of `gutter` and wider than it.)
    private func widerBeside(_ box: Rect, _ gutter: ClosedRange<Double>, _ wider: [ClosedRange<Double>], _ region: [Int]) -> Bool {
        var nearest = Double.infinity
        for j in region where page.boxes[j].x0 >= gutter.upperBound - 0.5 && page.boxes[j].yOverlap(box) > 0 {
            nearest = min(nearest, page.boxes[j].x0)
        }
        return nearest.isFinite && wider.contains { $0.upperBound <= nearest + 0.5 }
    }
}
