extension RowBand {
    /// Joins a band set in the gap between two rows, none of its cells under or over a cell of
    /// theirs, to the row above: cells spanning both rows (`年度` and `計` centred beside a
    /// header of `事務系 | 技術系` over `総合職 | 一般職`), which belong to the first row of
    /// their span, as a reader takes them.
    ///
    /// Between the rows, such a band overlaps neither, and would stand as a row of its own or
    /// be taken as the next row's first line. Centred in the gap within a quarter of its height,
    /// fitting in it, and beside the rows' cells at either end: a note or a row of its own
    /// stands nearer one of the two, or reaches into a column of theirs.
    static func joiningSpanningCells(_ bands: [RowBand]) -> [RowBand] {
        guard bands.count >= 3 else { return bands }
        var result: [RowBand] = []
        var i = 0
        while i < bands.count {
            if i + 2 < bands.count, spans(bands[i + 1], between: bands[i], and: bands[i + 2]) {
                result.append(RowBand(lines: bands[i].lines + bands[i + 1].lines))
                i += 2
                continue
            }
            result.append(bands[i])
            i += 1
        }
        return result
    }

    static func spans(_ middle: RowBand, between upper: RowBand, and lower: RowBand) -> Bool {
        let gapTop = upper.box.y1, gapBottom = lower.box.y0
        let height = middle.box.height
        guard middle.box.y0 >= gapTop - 0.5, middle.box.y1 <= gapBottom + 0.5,
            abs(middle.box.midY - (gapTop + gapBottom) / 2) <= 0.25 * height
        else { return false }
        // (At the rows' ends: a label column's head at the left, a total's at the right. A
        // line between their cells is a row's figure set low, not a cell spanning both.)
        let cells = upper.lines + lower.lines
        guard let left = cells.map(\.box.x0).min(), let right = cells.map(\.box.x1).max() else { return false }
        return middle.lines.allSatisfy { $0.box.x1 <= left + 0.5 || $0.box.x0 >= right - 0.5 }
    }
}
