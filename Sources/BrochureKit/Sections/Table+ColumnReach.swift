extension Table {
    /// The column a point at `x` falls in, each column reaching halfway to its neighbours (an
    /// em past the table's edges), so a label set wider than the figures under it, or off their
    /// right-aligned edge, still falls in one column; nil outside that reach. Labels printed
    /// above a table are placed by it (`HeaderAbove`, `YearHeaderAbove`).
    func columnReach(em: Double) -> (Double) -> Int? {
        let mids = columns.map { ($0.lowerBound + $0.upperBound) / 2 }
        let edges = zip(mids, mids.dropFirst()).map { ($0 + $1) / 2 }
        let left = box.x0 - em
        let right = box.x1 + em
        return { x in
            guard x >= left, x <= right else { return nil }
            return edges.firstIndex { x < $0 } ?? edges.count
        }
    }
}
