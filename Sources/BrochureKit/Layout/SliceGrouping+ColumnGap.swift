/// The gap two headings side by side leave between their columns, narrowed to the text below.
extension SliceGrouping {
    /// The part of the gap between two headings side by side that the text under them leaves
    /// open, when the right-hand column's text starts a little left of its heading.
    ///
    /// A box's heading is set inside it, indented from the box's text (`委員会の構成` over
    /// `委員7名…` in a box beside a table), and the left column's table runs wider than its
    /// heading: the gap between the headings is wider than the column gap and the right
    /// column's lines cross its edge, so nothing under the headings was found to continue
    /// them. The gutter the lines below leave inside the gap, down to the next line in the
    /// headings' type, is the columns' edge, when it ends at most an em and a half left of the
    /// right-hand heading.
    func columnGap(under gap: ClosedRange<Double>, after index: Int, of slices: [[Int]], headingSize: Double) -> ClosedRange<Double> {
        var below: [Int] = []
        var bottom = slices[index].lazy.map { page.boxes[$0].y1 }.max() ?? 0
        for slice in slices[(index + 1)...] {
            let top = slice.lazy.map { page.boxes[$0].y0 }.min() ?? 0
            guard top - bottom <= max(2.5 * unit, 2 * headingSize),
                !slice.contains(where: { page.lines[$0].fontSize >= 0.95 * headingSize })
            else { break }
            below += slice
            bottom = slice.lazy.map { page.boxes[$0].y1 }.max() ?? bottom
        }
        guard !below.isEmpty else { return gap }
        let inside = page.gutters(below, bounds: span, minimum: 0.8 * unit).intervals.compactMap { gutter -> ClosedRange<Double>? in
            let lower = max(gutter.lowerBound, gap.lowerBound)
            let upper = min(gutter.upperBound, gap.upperBound)
            return upper - lower >= 0.8 * unit && upper < gap.upperBound && upper >= gap.upperBound - 1.5 * unit ? lower...upper : nil
        }
        return inside.max { $0.upperBound - $0.lowerBound < $1.upperBound - $1.lowerBound } ?? gap
    }
}
