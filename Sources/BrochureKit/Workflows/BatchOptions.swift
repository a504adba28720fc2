/// How a batch runs: where its outputs go, how many workers, which share of the archive.
public struct BatchOptions: Sendable {
    public var outputFolder: String
    /// Worker processes at once.
    public var jobs: Int
    /// Seconds one input may take before its worker is killed.
    public var timeLimit: Double
    public var shard: BatchShard
    /// Convert again inputs that failed before with the same content and tool version.
    public var retryFailed: Bool
    public var command: WorkerCommand

    public init(
        outputFolder: String, jobs: Int, timeLimit: Double = 120, shard: BatchShard = .whole, retryFailed: Bool = false,
        command: WorkerCommand
    ) {
        self.outputFolder = outputFolder
        self.jobs = max(1, jobs)
        self.timeLimit = timeLimit
        self.shard = shard
        self.retryFailed = retryFailed
        self.command = command
    }

    /// `manifest.jsonl` for a whole archive; `manifest.shard-2-of-4.jsonl` for a shard, so shards
    /// sharing one output folder never append to the same file.
    var manifestName: String {
        shard.count == 1 ? BatchManifest.fileName : "manifest.shard-\(shard.index)-of-\(shard.count).jsonl"
    }

    /// The staging folder for unfinished outputs, one per shard, emptied when a run starts.
    var stagingName: String {
        shard.count == 1 ? "all" : "shard-\(shard.index)-of-\(shard.count)"
    }
}
