/// Finds the fold of two pages printed side by side on one sheet (an A3 spread of two A4
/// pages): a landscape page whose middle holds a gap no line crosses, with text on both
/// sides. Each half is then laid out and read as a page of its own, left first.
///
/// Lines of the two halves sit on shared baselines, so left to the region cut they pass for
/// the rows of one table. A landscape page of two columns with nothing across the middle is
/// read left column first either way; a title or table across the middle leaves no fold.
/// Nor does the middle panel of a three-panel leaflet (三つ折り): a gap between two columns of
/// its table is narrower than the page's gutters on either side of it (`insidePanel`).
enum SpreadSplit {
    /// The x of the fold, or nil when the page is not a spread.
    static func fold(_ lines: [TextLine], width: Double, height: Double) -> Double? {
        guard width >= 1.3 * height, lines.count >= 20 else { return nil }
        let em = Median.of(lines.map(\.em), or: 10)
        // Candidate edges near the middle: the widest stretch no line crosses.
        let lo = 0.42 * width
        let hi = 0.58 * width
        let spans = lines.map { ($0.box.x0, $0.box.x1) }.filter { $0.1 > lo && $0.0 < hi }
        var edges = [lo, hi] + spans.flatMap { [$0.0, $0.1] }.filter { $0 > lo && $0 < hi }
        edges.sort()
        var best: (mid: Double, width: Double)? = nil
        for (a, b) in zip(edges, edges.dropFirst()) where b - a >= 2 * em {
            let mid = (a + b) / 2
            guard !spans.contains(where: { $0.0 < mid && $0.1 > mid }) else { continue }
            // The free stretch around mid: from the nearest line end on the left to the nearest start on the right.
            let left = spans.filter { $0.1 <= mid }.map(\.1).max() ?? lo
            let right = spans.filter { $0.0 >= mid }.map(\.0).min() ?? hi
            if best == nil || right - left > best!.width { best = ((left + right) / 2, right - left) }
        }
        guard let fold = best?.mid else { return nil }
        // Both halves are pages with text of their own: a fifth of the characters at least
        // (counted in characters, since a page of prose has few long lines, one of tables many).
        let total = lines.reduce(0) { $0 + $1.text.count }
        let left = lines.filter { $0.box.midX < fold }.reduce(0) { $0 + $1.text.count }
        guard left * 5 >= total, (total - left) * 5 >= total, !insidePanel(fold, lines) else { return nil }
        return fold
    }

    /// Whether the gap at `fold` lies inside a panel: the page has a wider gap no line crosses
    /// on each side of it, the gutters of three panels. A spread's fold is the wider, its two
    /// margins side by side; its halves' own gutters may pass it on one side at most.
    static func insidePanel(_ fold: Double, _ lines: [TextLine]) -> Bool {
        var covered: [(x0: Double, x1: Double)] = []
        for (x0, x1) in lines.map({ ($0.box.x0, $0.box.x1) }).sorted(by: { $0.0 < $1.0 }) {
            if let last = covered.last, x0 <= last.x1 {
                covered[covered.count - 1].x1 = max(last.x1, x1)
            } else {
                covered.append((x0, x1))
            }
        }
        let gaps = zip(covered, covered.dropFirst()).map { (from: $0.x1, to: $1.x0) }
        guard let own = gaps.first(where: { $0.from <= fold && $0.to >= fold }) else { return false }
        let width = own.to - own.from
        return gaps.contains { $0.to <= own.from && $0.to - $0.from > width }
            && gaps.contains { $0.from >= own.to && $0.to - $0.from > width }
    }
}
