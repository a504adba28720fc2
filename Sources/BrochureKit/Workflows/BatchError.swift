#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why a batch cannot start (problems with single files are recorded, never thrown).
public enum BatchError: LocalizedError, Equatable {
    case badShard(String)
    case noInput(path: String)
    case outputNotUsable(path: String, reason: String)
    case sameOutput(first: String, second: String, output: String)
    case manifestNotWritable(path: String, reason: String)
    case outputInUse(path: String)
    case noPDFs(paths: [String])
    case workerNotStarted(reason: String)

    public var errorDescription: String? {
        switch self {
        case .badShard(let text):
            "--shard \(text): give K/N with 1 ≤ K ≤ N, e.g. --shard 2/4"
        case .noInput(let path):
            "\(path): no such file or directory"
        case .outputNotUsable(let path, let reason):
            "\(path): cannot be used as the output folder (\(reason))"
        case .sameOutput(let first, let second, let output):
            "\(first) and \(second) would both be written to \(output); rename one of them"
        case .manifestNotWritable(let path, let reason):
            "\(path): the batch manifest cannot be written (\(reason))"
        case .noPDFs(let paths):
            "no PDF found in \(paths.joined(separator: ", ")) (folders are searched for *.pdf, recursively)"
        case .outputInUse(let path):
            "\(path): another batch is writing to this output folder (and shard) now; wait for it, or give another -o"
        case .workerNotStarted(let reason):
            "the worker process cannot be started (\(reason))"
        }
    }

    /// The documented exit code: 64 for arguments that cannot work, 10 for files.
    public var exitCode: Int32 {
        switch self {
        case .badShard, .sameOutput: 64
        case .noInput, .noPDFs, .outputNotUsable, .manifestNotWritable, .outputInUse, .workerNotStarted: 10
        }
    }
}
