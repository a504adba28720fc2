/// A table the layout parted at a group row spanning it (`【出先機関】` set between one group's
/// `小計` and the next group's first unit): the part below has no header of its own, but its
/// columns are the ones above, so their roles are too.
///
/// Without it the reader stopped at the first part and every later group was lost. The part
/// below must start within two of the table's rows under it (room for the one group row),
/// span the same width, and have as many columns, each count column ending (figures set
/// flush right) or centred where the one above does. A second table with a header of its
/// own, or set apart further down (another cohort's), is not taken (the caller checks the header).
enum AlignedContinuation {
    static func continues(_ above: Table, with below: Table) -> Bool {
        guard above.columns.count >= 2, above.columns.count == below.columns.count, below.box.y0 >= above.box.y1 - 1 else { return false }
        let tops = above.rows.compactMap { $0.compactMap(\.box).map(\.y0).min() }
        let pitches = zip(tops, tops.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }.sorted()
        guard !pitches.isEmpty else { return false }
        let pitch = pitches[pitches.count / 2]
        let em = above.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        guard below.box.y0 - above.box.y1 <= 2 * pitch, abs(above.box.x0 - below.box.x0) <= em, abs(above.box.x1 - below.box.x1) <= em
        else { return false }
        return zip(above.columns.dropFirst(), below.columns.dropFirst()).allSatisfy { a, b in
            abs(a.upperBound - b.upperBound) <= em || abs((a.lowerBound + a.upperBound) - (b.lowerBound + b.upperBound)) / 2 <= em
        }
    }
}
