/// The middle value: the layout's measure of "typical" (line height, font size, cell width),
/// robust to the odd heading or footnote that a mean would follow.
enum Median {
    /// The upper median of `values`, or `fallback` when there are none.
    static func of<S: Sequence>(_ values: S, or fallback: Double) -> Double where S.Element == Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? fallback : sorted[sorted.count / 2]
    }

    /// The value at the middle of the total weight: a line's font size by the length each
    /// size covers, so a heading's six wide kanji outweigh the ten narrow letters of the
    /// small English word set after them (`採用実績 RECRUITMENT`).
    static func weighted(_ values: [Double], by weights: [Double], or fallback: Double) -> Double {
        guard let first = values.first else { return fallback }
        if values.allSatisfy({ $0 == first }) { return first }
        let total = weights.reduce(0, +)
        guard total > 0, weights.count == values.count else { return of(values, or: fallback) }
        var cumulative = 0.0
        for i in values.indices.sorted(by: { values[$0] < values[$1] }) {
            cumulative += weights[i]
            if 2 * cumulative > total { return values[i] }
        }
        return values.max() ?? fallback
    }
}
