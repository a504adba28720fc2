/// The middle value: the layout's measure of "typical" (line height, font size, cell width),
/// robust to the odd heading or footnote that a mean would follow.
enum Median {
    /// The upper median of `values`, or `fallback` when there are none.
    static func of<S: Sequence>(_ values: S, or fallback: Double) -> Double where S.Element == Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? fallback : sorted[sorted.count / 2]
    }
}
