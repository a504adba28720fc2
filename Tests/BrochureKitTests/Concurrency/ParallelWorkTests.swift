import Foundation
import Synchronization
import Testing
@testable import BrochureKit

/// The job runner under the parallel layout and section stages.
@Suite("Parallel work")
struct ParallelWorkTests {
    struct Failure: Error, Equatable { var job: Int }

    @Test("Results come back in job order whatever order the jobs finish in", arguments: [1, 2, 4, 16])
    func order(threads: Int) {
        let results = ParallelWork.map(count: 50, threads: threads) { job -> Int in
            // Early jobs take longest, so with several threads they finish last.
            usleep(useconds_t((50 - job) * 200))
            return job * job
        }
        #expect(results == (0..<50).map { $0 * $0 })
    }

    @Test("Every job runs exactly once, on at most the threads asked for")
    func onceEach() {
        let runs = Mutex([Int](repeating: 0, count: 200))
        let threads = Mutex(Set<Int>())
        _ = ParallelWork.map(count: 200, threads: 3, makeState: { thread in thread }) { (thread: inout Int, job: Int) in
            runs.withLock { $0[job] += 1 }
            threads.withLock { _ = $0.insert(thread) }
            return job
        }
        #expect(runs.withLock { $0 } == [Int](repeating: 1, count: 200))
        #expect(threads.withLock { $0.count } <= 3)
    }

    @Test("A thread whose state cannot be made leaves its jobs to the others")
    func threadWithoutState() {
        let results = ParallelWork.map(count: 20, threads: 4, makeState: { thread in thread == 0 ? 0 : nil }) {
            (_: inout Int, job: Int) in job + 1
        }
        #expect(results == Array(1...20))
    }

    @Test("The first error is thrown and the other threads stop taking jobs", arguments: [1, 3])
    func firstError(threads: Int) {
        let started = Mutex(0)
        #expect(throws: Failure(job: 5)) {
            try ParallelWork.map(count: 1000, threads: threads, makeState: { _ in () }) {
                (_: inout Void, job: Int) throws(Failure) -> Int in
                started.withLock { $0 += 1 }
                if job == 5 { throw Failure(job: 5) }
                usleep(100)
                return job
            }
        }
        #expect(started.withLock { $0 } < 1000)
    }

    @Test("No jobs, no threads")
    func empty() {
        #expect(ParallelWork.map(count: 0, threads: 4) { $0 }.isEmpty)
    }
}
