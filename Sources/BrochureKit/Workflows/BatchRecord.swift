/// One line of a batch's manifest: what became of one input, and with which tool.
public struct BatchRecord: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Codable {
        case converted
        case failed
    }

    /// Relative to the archive's root (the key a rerun looks up).
    public var input: String
    public var sha256: String
    /// Relative to the output folder; written only when converted.
    public var output: String?
    public var status: Status
    /// The worker's exit code; nil when it was killed (time limit) or crashed.
    public var exitCode: Int32?
    /// What went wrong, in the worker's words: its one stderr line, the signal, or the time limit.
    public var error: String?
    public var toolVersion: String
    /// The first 16 hex digits of the worker binary's sha256: two builds of one version differ.
    public var toolBuild: String?
    public var seconds: Double
    /// ISO 8601, UTC.
    public var finishedAt: String
    /// The signal that killed the worker, when it crashed.
    public var signal: Int32?
    /// The time limit it ran past, when it timed out.
    public var timeLimit: Double?

    public init(
        input: String, sha256: String, output: String?, status: Status, exitCode: Int32?, error: String?,
        toolVersion: String, toolBuild: String?, seconds: Double, finishedAt: String, signal: Int32? = nil,
        timeLimit: Double? = nil
    ) {
        self.input = input
        self.sha256 = sha256
        self.output = output
        self.status = status
        self.exitCode = exitCode
        self.error = error
        self.toolVersion = toolVersion
        self.toolBuild = toolBuild
        self.seconds = seconds
        self.finishedAt = finishedAt
        self.signal = signal
        self.timeLimit = timeLimit
    }

    /// Whether the same input would fail the same way again, so a rerun can skip it: the PDF
    /// itself was refused (exit 11–16: empty, not a PDF, damaged, encrypted, no text; 19: over
    /// the page or glyph limit, which a worker always runs with the defaults of), or it
    /// crashed the PDF library, or it timed out under a limit at least as long as `timeLimit`.
    /// A failure of the run itself (a file not written, an out-of-memory kill) is retried.
    func failedForItsContent(timeLimit limit: Double) -> Bool {
        if let exitCode { return (11...16).contains(exitCode) || exitCode == 19 }
        if let signal { return signal != 9 }  // SIGKILL: the kernel's OOM killer, or someone else
        if let timeLimit { return limit <= timeLimit }
        return false
    }
}
