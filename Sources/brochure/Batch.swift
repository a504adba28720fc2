import ArgumentParser
import BrochureKit
import Foundation

extension Brochure {
    struct Batch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "batch",
            abstract: "Convert every PDF of an archive to JSON, in parallel, resumably.",
            discussion: """
                Writes OUTDIR/<path relative to the inputs' common folder>.json for each PDF (folders \
                are walked recursively) and records every input in OUTDIR/manifest.jsonl: its sha256, \
                output, status and error. A rerun skips inputs already converted with the same content \
                and tool version, and inputs that failed the same way (unless --retry-failed). Each \
                input is converted by its own worker process, so a PDF that crashes or hangs the PDF \
                library costs only itself. Outputs appear only complete: stopping the batch in any way \
                loses nothing finished. Exit codes: 0 every input converted; 1 some failed (listed in \
                the summary and the manifest); 10 an input or OUTDIR cannot be used; 64 usage error; \
                130/143 stopped by SIGINT/SIGTERM (rerun to finish).
                """)

        @Argument(help: "PDF files and folders of PDFs.")
        var inputs: [String]

        @Option(name: .shortAndLong, help: "The output folder (created if missing).")
        var output: String

        @Option(name: .shortAndLong, help: "Worker processes at once (default: the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: "Convert only shard K of N (1 ≤ K ≤ N), a deterministic split by path.")
        var shard: String?

        @Option(help: "Seconds one PDF may take before its worker is killed and the file recorded as failed.")
        var timeout: Double = 120

        @Flag(help: "Convert again inputs that failed in an earlier run.")
        var retryFailed = false

        @Option(help: "auto (a bar on a terminal, else json), bar, json (one line per file on stderr) or none.")
        var progress: ProgressStyle = .auto

        enum ProgressStyle: String, ExpressibleByArgument, CaseIterable {
            case auto, bar, json, none
        }

        func validate() throws {
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
            guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
        }

        func run() throws {
            do {
                let options = BatchOptions(
                    outputFolder: output, jobs: jobs, timeLimit: timeout,
                    shard: try shard.map { text throws(BatchError) in try BatchShard(parsing: text) } ?? .whole,
                    retryFailed: retryFailed, command: .extract(
                        executable: Self.selfExecutable(), jobs: jobs,
                        processors: ProcessInfo.processInfo.activeProcessorCount))
                let items = try BatchInputs.discover(inputs, excluding: output)
                let runner = BatchRunner(items: items, options: options, progress: reporter())
                let signals = StopSignals { runner.stop() }
                let summary = try runner.run()
                try writeStandardOutput(summary.table())
                if let signal = signals.received { throw ExitCode(128 + signal) }
                if !summary.isComplete { throw ExitCode(1) }
            } catch let error as BatchError {
                printError(error.errorDescription ?? "\(error)")
                throw ExitCode(error.exitCode)
            }
        }

        func reporter() -> any BatchProgress {
            switch progress {
            case .none: SilentBatchProgress()
            case .json: JSONLinesBatchProgress()
            case .bar: TerminalBatchProgress()
            case .auto: isatty(2) == 1 ? TerminalBatchProgress() : JSONLinesBatchProgress()
            }
        }

        /// This binary, so workers run exactly the version that plans the batch.
        static func selfExecutable() -> String {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        }
    }
}
