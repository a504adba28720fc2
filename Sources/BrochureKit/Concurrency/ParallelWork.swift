import Dispatch
import Foundation

/// Runs independent jobs on a few threads and returns their results in job order.
///
/// A job list, not one thread per job: each thread takes the next job from a shared counter, so
/// a long job does not hold the others back, and each thread can keep its own state (a poppler
/// document, which cannot be shared) from job to job.
enum ParallelWork {
    /// The CPUs this process may run on (its affinity mask and cgroup quota).
    static var availableProcessors: Int { max(ProcessInfo.processInfo.activeProcessorCount, 1) }

    /// `body(state, job)` for jobs `0..<count` on up to `threads` threads. `makeState(thread)` is
    /// called on each thread before its first job; a thread whose state is nil takes no jobs
    /// (thread 0 must always make one). The first error stops the other threads.
    static func map<State, Output, Failure: Error>(
        count: Int, threads: Int, makeState: (Int) -> State?,
        _ body: (inout State, Int) throws(Failure) -> Output
    ) throws(Failure) -> [Output] {
        let workers = min(max(threads, 1), count)
        if workers <= 1 {
            guard count > 0, var state = makeState(0) else { return [] }
            var outputs: [Output] = []
            outputs.reserveCapacity(count)
            for job in 0..<count { outputs.append(try body(&state, job)) }
            return outputs
        }
        let queue = WorkQueue<Output, Failure>(count: count)
        withoutActuallyEscaping(makeState) { makeState in
            withoutActuallyEscaping(body) { body in
                let shared = Unchecked(makeState: makeState, body: body)
                DispatchQueue.concurrentPerform(iterations: workers) { thread in
                    guard var state = shared.makeState(thread) else { return }
                    while let job = queue.next() {
                        do throws(Failure) {
                            queue.store(try shared.body(&state, job), at: job)
                        } catch {
                            queue.fail(error)
                            return
                        }
                    }
                }
            }
        }
        return try queue.results()
    }

    /// `body(job)` for jobs `0..<count`, without per-thread state.
    static func map<Output>(count: Int, threads: Int, _ body: (Int) -> Output) -> [Output] {
        map(count: count, threads: threads, makeState: { _ in () }) { (_: inout Void, job) in body(job) }
    }

    /// The closures, handed to the threads: each closure's captures are read-only or guarded.
    private struct Unchecked<State, Output, Failure: Error>: @unchecked Sendable {
        let makeState: (Int) -> State?
        let body: (inout State, Int) throws(Failure) -> Output
    }
}
