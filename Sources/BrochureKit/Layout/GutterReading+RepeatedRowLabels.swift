/// Two halves of one table set side by side, each with the same row labels.
extension GutterReading {
    /// Whether `gutter` parts two halves of one table that say the same row labels, row for row
    /// (`区分 令和3年度 … | 区分 令和6年度 …`, `事務 78 82 75 | 事務 88 91 95`): one table's years
    /// cut in two, each half read whole, the left one first.
    ///
    /// Read across, a row would run the two halves' years together under one label. A list
    /// wrapped into two halves goes on in its second half with labels of its own, and one
    /// table's column groups (`採用数 うち女性 | 採用数 うち女性`) have no label column in the
    /// second group: both fail this. Each label of the right half stands as far from its twin
    /// as every other (the one design set twice), three rows at least, and no row's first cell
    /// has a different twin.
    /// (`bands`: the region's row bands, when the caller has them: every gutter is asked.)
    func repeatsRowLabels(_ region: [Int], at gutter: ClosedRange<Double>, bands: [RowBand]? = nil) -> Bool {
        let em = page.em(region)
        var same = 0
        var shift: Double? = nil
        for row in bands ?? RowBand.bands(of: page.lines(region)) {
            let cells = row.lines.sorted { $0.box.x0 < $1.box.x0 }
            guard let first = cells.first, first.box.x1 <= gutter.lowerBound + 0.5,
                let second = cells.first(where: { $0.box.x0 >= gutter.upperBound - 0.5 })
            else { continue }
            guard !TableDetector.isNumeric(first.text) else { continue }
            // The same label, as far along in its half as in the other.
            let offset = second.box.x0 - first.box.x0
            guard first.text == second.text, abs(offset - (shift ?? offset)) <= 0.5 * em else { return false }
            shift = offset
            same += 1
        }
        return same >= 3
    }
}
