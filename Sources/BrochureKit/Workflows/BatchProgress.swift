/// Where a batch reports each finished input.
public protocol BatchProgress: Sendable {
    /// Called once per input, in order of completion, never concurrently.
    func report(_ event: BatchEvent)
    /// Called once when no worker is left.
    func finish()
}

/// Reports nothing (`--progress none`).
public struct SilentBatchProgress: BatchProgress {
    public init() {}
    public func report(_ event: BatchEvent) {}
    public func finish() {}
}

/// Writes a progress line; a failed write to stderr is not worth stopping a batch for.
func writeLine(_ text: String, to descriptor: Int32) {
    DescriptorWriter.writeAll(text, to: descriptor)
}
