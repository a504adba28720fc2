/// The program a batch runs once per input, in its own process.
///
/// A PDF that crashes or hangs poppler then costs only its own worker: the batch sees a
/// signal or a time limit, records it, and goes on.
public struct WorkerCommand: Sendable {
    public var executable: String
    /// Arguments before the input's path.
    public var arguments: [String]

    public init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// `brochure extract --time-limit 0 --threads T PATH`, by this very binary (so a batch never
    /// mixes tool versions). The batch's own `--timeout` limits the time, so the worker's is
    /// switched off; the page and glyph limits keep their defaults. T shares the CPUs among the
    /// batch's `jobs` workers: more threads than CPUs would only add switching.
    public static func extract(executable: String, jobs: Int, processors: Int) -> WorkerCommand {
        WorkerCommand(
            executable: executable,
            arguments: ["extract", "--time-limit", "0", "--threads", String(max(1, processors / max(jobs, 1)))])
    }
}
