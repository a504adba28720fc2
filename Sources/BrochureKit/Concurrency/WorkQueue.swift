import Foundation

/// The shared state of `ParallelWork`'s threads: the next job to take, the finished results by
/// position, and the first error.
final class WorkQueue<Output, Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private var cursor = 0
    private var outputs: [Output?]
    private var failure: Failure?

    init(count: Int) {
        outputs = Array(repeating: nil, count: count)
    }

    /// The next position to work on, or nil when every job is taken or one failed.
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil, cursor < outputs.count else { return nil }
        defer { cursor += 1 }
        return cursor
    }

    func store(_ output: Output, at index: Int) {
        lock.lock()
        outputs[index] = output
        lock.unlock()
    }

    /// Records the first error; the other threads stop before their next job.
    func fail(_ error: Failure) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    /// Every job's output in job order, or the first error. Only after every thread returned.
    func results() throws(Failure) -> [Output] {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        return outputs.map { $0! }
    }
}
