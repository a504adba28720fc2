/// Gutters that part a table from the text set beside it, where no paragraph borders them.
extension GutterReading {
    /// The gutter nearest the running text of a region that holds running text on one side only.
    ///
    /// A column of text wrapped around a picture can reach the gutter beside a table with a
    /// few lines that make no paragraph of their own, while its paragraph stands further off.
    /// The table's own column gaps have the text beyond them too, but further away: the
    /// nearest gutter is the column's edge.
    func besideProse(_ region: [Int], gutters: [ClosedRange<Double>]) -> ClosedRange<Double>? {
        let flowing = region.filter { page.flows[$0] != nil }
        guard !flowing.isEmpty else { return nil }
        let left = flowing.lazy.map { page.boxes[$0].x0 }.min()!
        let right = flowing.lazy.map { page.boxes[$0].x1 }.max()!
        var best: (gutter: ClosedRange<Double>, distance: Double)? = nil
        for gutter in gutters {
            let cut = (gutter.lowerBound + gutter.upperBound) / 2
            let distance: Double
            if left >= gutter.upperBound - 0.5 {
                distance = left - gutter.upperBound
            } else if right <= gutter.lowerBound + 0.5 {
                distance = gutter.lowerBound - right
            } else {
                continue
            }
            // (Something must stand on the other side, or the gutter is no edge at all.)
            guard region.contains(where: { page.flows[$0] == nil && (left >= gutter.upperBound - 0.5 ? page.boxes[$0].midX < cut : page.boxes[$0].midX >= cut) })
            else { continue }
            if best.map({ distance < $0.distance }) ?? true { best = (gutter, distance) }
        }
        return best?.gutter
    }

    /// Whether one side of a gutter is a note set beside a table: lines in smaller type than
    /// every line across the gutter, each tight under the one before, as wrapped text is.
    ///
    /// A spanning cell of the table is set in the table's type; the rows of a column are
    /// padded apart. A note beside the table (`※…` in 7.5 pt beside 8.5 pt rows) is neither,
    /// and read as a table column it would be read between the rows.
    func partsNote(_ region: [Int], at gutter: ClosedRange<Double>) -> Bool {
        let cut = (gutter.lowerBound + gutter.upperBound) / 2
        let left = region.filter { page.boxes[$0].midX < cut }
        let right = region.filter { page.boxes[$0].midX >= cut }
        return isNote(right, beside: left) || isNote(left, beside: right)
    }

    /// Whether one side of a gutter is a title set large beside a table (a slide's message,
    /// `空港の現場から／キャリアが／始まります` in 18 pt beside 12 pt rows): wrapped lines a
    /// quarter larger than every line across the gutter. Its lines meet the rows by chance.
    func partsTitle(_ region: [Int], at gutter: ClosedRange<Double>) -> Bool {
        let cut = (gutter.lowerBound + gutter.upperBound) / 2
        let left = region.filter { page.boxes[$0].midX < cut }
        let right = region.filter { page.boxes[$0].midX >= cut }
        return isTitle(right, beside: left) || isTitle(left, beside: right)
    }

    /// Whether `side` is wrapped lines set smaller than all of `other`.
    private func isNote(_ side: [Int], beside other: [Int]) -> Bool {
        guard side.count >= 2, other.count >= 2 else { return false }
        let sizes = side.map { page.lines[$0].fontSize }
        let otherSmallest = other.lazy.map { page.lines[$0].fontSize }.min()!
        guard sizes.max()! <= 0.92 * otherSmallest else { return false }
        return isWrapped(side)
    }

    /// Whether most of `side` is wrapped lines set a quarter larger than all of `other` (a
    /// slide's label, `採用実績`, may stand over the title in smaller type).
    private func isTitle(_ side: [Int], beside other: [Int]) -> Bool {
        guard side.count >= 2, other.count >= 4 else { return false }
        let largestOther = other.lazy.map { page.lines[$0].fontSize }.max()!
        // (Big figures, `15人` beside its label, are a table's cells set large, no title.)
        let large = side.filter { i in
            page.lines[i].fontSize >= 1.25 * largestOther && !page.lines[i].text.unicodeScalars.contains(where: TableDetector.isDigit)
        }
        return large.count >= 2 && large.count * 2 > side.count && isWrapped(large)
    }

    /// Whether the lines of `side` stand each tight under the one before, as wrapped text does.
    private func isWrapped(_ side: [Int]) -> Bool {
        let stacked = side.map { page.boxes[$0] }.sorted { $0.y0 < $1.y0 }
        return zip(stacked, stacked.dropFirst()).allSatisfy { upper, lower in
            lower.y0 - upper.y1 <= 0.6 * upper.height && lower.y0 - upper.y1 >= -0.2 * upper.height && lower.xOverlap(upper) > 0
        }
    }
}
