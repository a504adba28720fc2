import Testing
@testable import BrochureKit

/// A batch's workers share the CPUs instead of each taking them all.
@Suite("Worker command")
struct WorkerCommandTests {
    @Test("Threads per worker are the CPUs divided among the jobs, at least one", arguments: [
        (jobs: 1, processors: 4, threads: "4"),
        (jobs: 2, processors: 4, threads: "2"),
        (jobs: 2, processors: 2, threads: "1"),
        (jobs: 8, processors: 2, threads: "1"),
        (jobs: 3, processors: 8, threads: "2"),
    ])
    func threads(jobs: Int, processors: Int, threads: String) {
        let command = WorkerCommand.extract(executable: "/bin/brochure", jobs: jobs, processors: processors)
        #expect(command.arguments == ["extract", "--time-limit", "0", "--threads", threads])
    }
}
