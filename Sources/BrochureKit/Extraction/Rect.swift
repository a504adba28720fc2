/// An axis-aligned box in PDF points, origin at the page's top-left corner.
///
/// Top-left origin matches how people describe a page ("above", "below") and is what
/// poppler-glib reports, so no coordinate flipping happens anywhere downstream.
public struct Rect: Sendable, Hashable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The smallest box holding both.
    public func union(_ other: Rect) -> Rect {
        Rect(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// Length of the overlap of the two boxes' horizontal extents (negative: the gap).
    public func xOverlap(_ other: Rect) -> Double { min(x1, other.x1) - max(x0, other.x0) }

    /// Length of the overlap of the two boxes' vertical extents (negative: the gap).
    public func yOverlap(_ other: Rect) -> Double { min(y1, other.y1) - max(y0, other.y0) }

    /// The box rounded to 0.01 pt, so JSON output is short and stable across runs.
    public var rounded: Rect {
        func r(_ v: Double) -> Double { (v * 100).rounded() / 100 }
        return Rect(x0: r(x0), y0: r(y0), x1: r(x1), y1: r(y1))
    }

    /// Encoded as `[x0, y0, x1, y1]`: compact, and the order every PDF tool uses.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        let r = rounded
        try c.encode(r.x0)
        try c.encode(r.y0)
        try c.encode(r.x1)
        try c.encode(r.y1)
    }

    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        self.init(
            x0: try c.decode(Double.self), y0: try c.decode(Double.self),
            x1: try c.decode(Double.self), y1: try c.decode(Double.self))
    }
}

extension Rect {
    /// The smallest box holding all of `boxes`; nil for none.
    public static func enclosing<S: Sequence>(_ boxes: S) -> Rect? where S.Element == Rect {
        var iterator = boxes.makeIterator()
        guard let first = iterator.next() else { return nil }
        var result = first
        while let next = iterator.next() { result = result.union(next) }
        return result
    }
}
