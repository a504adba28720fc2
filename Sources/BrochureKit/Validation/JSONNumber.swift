/// A JSON number that keeps what JSON Schema needs and `Double` alone loses.
///
/// Integers that fit in 64 bits stay exact (so `9007199254740993` is not confused with its
/// neighbour), everything else is a `Double`. JSON Schema compares numbers by value, not by
/// spelling: `1`, `1.0` and `1e0` are equal, and all three are integers ("type": "integer"
/// accepts any number with a zero fractional part).
public struct JSONNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    enum Storage: Sendable, Hashable {
        case integer(Int64)
        case double(Double)
    }

    let storage: Storage

    public init(_ value: Int64) { storage = .integer(value) }
    public init(_ value: Int) { storage = .integer(Int64(value)) }

    /// A whole `Double` that fits in 64 bits is stored as an integer, so every equal value has
    /// one representation and hashing agrees with `==`.
    public init(_ value: Double) {
        if value.isFinite, value.rounded() == value, let exact = Int64(exactly: value) {
            storage = .integer(exact)
        } else {
            storage = .double(value)
        }
    }

    /// Parses a JSON number literal (already checked against the JSON grammar by the parser).
    init?(literal: Substring) {
        if !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let exact = Int64(literal) {
            self.init(exact)
        } else if let value = Double(literal) {
            self.init(value)
        } else {
            return nil
        }
    }

    public var doubleValue: Double {
        switch storage {
        case .integer(let i): return Double(i)
        case .double(let d): return d
        }
    }

    /// Whether the value has no fractional part (1.0 is an integer; 1e400 overflows to infinity
    /// and is not).
    public var isInteger: Bool {
        switch storage {
        case .integer: return true
        case .double(let d): return d.isFinite && d.rounded() == d
        }
    }

    /// The value as a non-negative count for keywords like `minLength`, when it is one.
    var nonNegativeInt: Int? {
        guard isInteger, doubleValue >= 0 else { return nil }
        if case .integer(let i) = storage { return Int(i) }
        return Int.max  // a whole double is stored as an integer unless it is beyond Int64
    }

    public static func == (a: JSONNumber, b: JSONNumber) -> Bool {
        switch (a.storage, b.storage) {
        case (.integer(let x), .integer(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        // A double equal to an Int64 would have been stored as that integer.
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch storage {
        case .integer(let i): hasher.combine(i)
        case .double(let d): hasher.combine(d)
        }
    }

    public static func < (a: JSONNumber, b: JSONNumber) -> Bool {
        switch (a.storage, b.storage) {
        case (.integer(let x), .integer(let y)): return x < y
        case (.double(let x), .double(let y)): return x < y
        case (.integer(let x), .double(let y)): return less(x, y)
        case (.double(let x), .integer(let y)): return !less(y, x)  // never equal, see ==
        }
    }

    /// Whether `self` is a whole multiple of `divisor` (`multipleOf`). Exact for integers; for
    /// decimals the quotient is allowed a relative error of 1e-9, because binary floating
    /// point cannot represent 0.01 and 0.0075 / 0.0001 comes out as 74.99999999999999.
    func isMultiple(of divisor: JSONNumber) -> Bool {
        if case .integer(let x) = storage, case .integer(let y) = divisor.storage, y != 0 {
            return x % y == 0
        }
        let quotient = doubleValue / divisor.doubleValue
        guard quotient.isFinite else { return false }
        return abs(quotient - quotient.rounded()) <= 1e-9 * max(1, abs(quotient))
    }

    public var description: String {
        switch storage {
        case .integer(let i): return String(i)
        case .double(let d): return d.isFinite ? "\(d)" : (d > 0 ? "1e999" : "-1e999")
        }
    }

    /// `x < d` exactly: `Double(x)` rounds, and Int64.max rounds up to 2^63, a double beyond it.
    private static func less(_ x: Int64, _ d: Double) -> Bool {
        if d >= 0x1p63 { return true }
        if d < -0x1p63 { return false }
        return Double(x) < d  // d is not whole here, and no double between 2^53 and 2^63 is fractional
    }
}
