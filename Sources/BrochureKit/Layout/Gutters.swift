/// Vertical strips of a region that no line crosses: column gutters and table column gaps.
struct Gutters {
    var intervals: [ClosedRange<Double>]

    /// The gaps between `extents`, sorted by their left edges, inside `bounds`, at least
    /// `minimum` wide. (Sorted by the caller: a region's extents, sorted once, give its
    /// gutters both within the page's span and within its own.)
    init(sortedExtents extents: [ClosedRange<Double>], bounds: ClosedRange<Double>, minimum: Double) {
        var gaps: [ClosedRange<Double>] = []
        var cursor = bounds.lowerBound
        for extent in extents {
            if extent.lowerBound - cursor >= minimum { gaps.append(cursor...extent.lowerBound) }
            cursor = max(cursor, extent.upperBound)
        }
        if bounds.upperBound - cursor >= minimum { gaps.append(cursor...bounds.upperBound) }
        intervals = gaps
    }

    private init(intervals: [ClosedRange<Double>]) { self.intervals = intervals }

    /// Strips empty in both: the gutters a stack of two regions shares.
    func intersection(_ other: Gutters, minimum: Double) -> Gutters {
        var result: [ClosedRange<Double>] = []
        for a in intervals {
            for b in other.intervals {
                let lo = max(a.lowerBound, b.lowerBound)
                let hi = min(a.upperBound, b.upperBound)
                if hi - lo >= minimum { result.append(lo...hi) }
            }
        }
        return Gutters(intervals: result)
    }

    /// Gutters with text on both sides, i.e. not the margins of the region.
    func interior(_ bounds: ClosedRange<Double>) -> [ClosedRange<Double>] {
        intervals.filter { $0.lowerBound > bounds.lowerBound && $0.upperBound < bounds.upperBound }
    }
}
