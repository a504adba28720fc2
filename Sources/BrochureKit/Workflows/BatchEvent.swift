/// What just happened to one input, with the batch's running totals, for progress reporting.
public struct BatchEvent: Sendable, Codable {
    public enum Kind: String, Sendable, Codable {
        case converted
        case failed
        /// Converted by an earlier run with the same content and tool version.
        case alreadyConverted
        /// Failed in an earlier run with the same content and tool version (`--retry-failed` retries).
        case failedEarlier
    }

    public var event = "file"
    public var input: String
    public var kind: Kind
    public var error: String?
    public var seconds: Double
    /// Inputs finished (any kind) out of `total`.
    public var done: Int
    public var total: Int
    public var failed: Int
    /// Since the batch started.
    public var elapsed: Double
    /// Inputs actually converted or failed in this run per second (skipped ones cost nothing).
    public var filesPerSecond: Double
    /// Estimated seconds left, when there is a rate to estimate from.
    public var eta: Double?
}
