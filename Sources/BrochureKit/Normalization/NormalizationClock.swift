import Foundation

/// Adds up the time spent in text normalisation and era parsing while it is installed, so
/// `brochure profile` can report normalisation apart from the section parsers that call it.
///
/// The parsers call the normaliser from many places (`Normalized`, every value parser), so
/// timing them one by one would mean touching each; instead the two ICU entry points ask the
/// task-local `current` clock, which is nil outside a profile (one task-local read per call).
/// Nested calls (an era parser normalising its input) are counted once, at the outermost call.
public final class NormalizationClock: @unchecked Sendable {
    /// The clock calls are charged to, if any; set it with `$current.withValue(_:operation:)`.
    @TaskLocal public static var current: NormalizationClock?

    private let lock = NSLock()
    private var total: Swift.Duration = .zero
    private var calls = 0
    private var depth = 0

    public init() {}

    /// Time spent in normalisation so far.
    public var elapsed: Swift.Duration { lock.withLock { total } }

    /// Outermost calls timed so far.
    public var callCount: Int { lock.withLock { calls } }

    /// Runs `body`, charging its time to this clock unless an outer call already is.
    func time<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        let outermost = lock.withLock { () -> Bool in
            depth += 1
            return depth == 1
        }
        let start = ContinuousClock.now
        defer {
            let spent = ContinuousClock.now - start
            lock.withLock {
                depth -= 1
                if outermost {
                    total += spent
                    calls += 1
                }
            }
        }
        return try body()
    }

    /// Runs `body`, timed by the installed clock if there is one.
    static func timing<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        guard let clock = current else { return try body() }
        return try clock.time(body)
    }
}
