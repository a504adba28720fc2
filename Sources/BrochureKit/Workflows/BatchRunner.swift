import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts an archive with a pool of worker processes, resumable and safe to kill.
///
/// Each output is written by its worker into a staging folder inside the output folder and
/// renamed into place only when the worker exited 0, then recorded in the manifest; so a
/// batch stopped in any way (SIGINT, SIGTERM, SIGKILL, a power cut after the rename) leaves
/// only complete outputs, and the next run skips what is done and converts the rest.
public final class BatchRunner: @unchecked Sendable {
    let items: [BatchItem]
    let options: BatchOptions
    let progress: any BatchProgress
    private let lock = NSLock()
    private var next = 0
    private var stopping = false
    private var running: Set<Int32> = []
    private var summary = BatchSummary()
    private var started = Date()

    /// `items` are all the archive's inputs; the runner keeps those of `options.shard`.
    public init(items: [BatchItem], options: BatchOptions, progress: any BatchProgress) {
        self.items = items.filter { options.shard.contains(relativePath: $0.relativePath) }
        self.options = options
        self.progress = progress
    }

    /// Stops taking inputs and kills the workers; `run` then returns what finished.
    /// Safe to call from any thread, e.g. a signal handler's dispatch source.
    public func stop() {
        lock.lock()
        stopping = true
        let pids = running
        lock.unlock()
        for pid in pids { kill(pid, SIGKILL) }
    }

    public func run() throws(BatchError) -> BatchSummary {
        let output = URL(fileURLWithPath: options.outputFolder)
        let staging = output.appendingPathComponent(".brochure-batch").appendingPathComponent(options.stagingName)
        do {
            try FileManager.default.createDirectory(at: staging.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .outputNotUsable(path: options.outputFolder, reason: error.localizedDescription)
        }
        // One batch per output folder and shard at a time: a second one would clear the first's
        // staging files and rename them under its own names. The lock dies with the process.
        let lockFile = open(staging.path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lockFile >= 0 else { throw .outputNotUsable(path: options.outputFolder, reason: String(cString: strerror(errno))) }
        defer { close(lockFile) }
        guard flock(lockFile, LOCK_EX | LOCK_NB) == 0 else { throw .outputInUse(path: options.outputFolder) }
        do {
            // Left by a killed run: unfinished by definition.
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .outputNotUsable(path: options.outputFolder, reason: error.localizedDescription)
        }
        let manifest = try BatchManifest(folder: options.outputFolder, name: options.manifestName)
        let build = Checksum.sha256(file: options.command.executable).map { String($0.prefix(16)) }
        let context = Context(manifest: manifest, staging: staging.path, output: output, toolBuild: build)
        summary = BatchSummary(total: items.count, jobs: options.jobs)
        started = Date()
        let group = DispatchGroup()
        let failure = FirstError()
        for _ in 0..<min(options.jobs, max(1, items.count)) {
            group.enter()
            let thread = Thread { [self] in
                defer { group.leave() }
                do throws(BatchError) { try work(context) } catch {
                    failure.set(error)
                    stop()
                }
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        try? FileManager.default.removeItem(at: staging)
        unlink(staging.path + ".lock")
        rmdir(staging.deletingLastPathComponent().path)  // only if no other shard's staging is in it
        progress.finish()
        if let error = failure.error { throw error }
        lock.lock()
        defer { lock.unlock() }
        summary.seconds = Date().timeIntervalSince(started)
        summary.stopped = stopping
        summary.notStarted = summary.total - summary.converted - summary.alreadyConverted - summary.failed - summary.failedEarlier
        return summary
    }

    struct Context: @unchecked Sendable {
        let manifest: BatchManifest
        let staging: String
        let output: URL
        let toolBuild: String?
    }

    private func take() -> (BatchItem, Int)? {
        lock.lock()
        defer { lock.unlock() }
        guard !stopping, next < items.count else { return nil }
        next += 1
        return (items[next - 1], next)
    }

    private func work(_ context: Context) throws(BatchError) {
        while let (item, number) = take() {
            let clock = Date()
            guard let sha = Checksum.sha256(file: item.path) else {
                try record(item, sha: "", outcome: .exited(code: 10, message: "\(item.path): cannot be read"), seconds: 0, context)
                continue
            }
            if let earlier = context.manifest.previous[item.relativePath], earlier.sha256 == sha,
                earlier.toolVersion == BrochureKitVersion.string, earlier.toolBuild == context.toolBuild
            {
                let outputExists = FileManager.default.fileExists(atPath: context.output.appendingPathComponent(item.outputPath).path)
                if earlier.status == .converted && outputExists {
                    finish(item.relativePath, .alreadyConverted, error: nil, seconds: 0)
                    continue
                }
                if earlier.status == .failed && !options.retryFailed && earlier.failedForItsContent(timeLimit: options.timeLimit) {
                    finish(item.relativePath, .failedEarlier, error: earlier.error, seconds: 0)
                    continue
                }
            }
            let temporary = "\(context.staging)/\(number).json"
            let errors = "\(context.staging)/\(number).stderr"
            defer {
                unlink(temporary)
                unlink(errors)
            }
            let worker = WorkerProcess(command: options.command, timeLimit: options.timeLimit)
            var pid: Int32 = 0
            let outcome = try worker.run(
                input: item.path, outputFile: temporary, errorFile: errors,
                started: { started in
                    pid = started
                    // A worker that starts just as the batch stops is killed at once.
                    if lock.withLock({ running.insert(started); return stopping }) { kill(started, SIGKILL) }
                },
                isStopping: { lock.withLock { stopping } })
            lock.withLock { _ = running.remove(pid) }
            if outcome == .interrupted { continue }
            var final = outcome
            if isSuccess(outcome) {
                let destination = context.output.appendingPathComponent(item.outputPath)
                do {
                    try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                    if rename(temporary, destination.path) != 0 {
                        final = .exited(code: 10, message: "\(destination.path): cannot be written (\(String(cString: strerror(errno))))")
                    }
                } catch {
                    final = .exited(code: 10, message: "\(destination.path): cannot be written (\(error.localizedDescription))")
                }
            }
            try record(item, sha: sha, outcome: final, seconds: Date().timeIntervalSince(clock), context)
        }
    }

    private func isSuccess(_ outcome: WorkerOutcome) -> Bool {
        if case .exited(0, _) = outcome { return true }
        return false
    }

    private func record(_ item: BatchItem, sha: String, outcome: WorkerOutcome, seconds: Double, _ context: Context) throws(BatchError) {
        let ok = isSuccess(outcome)
        var exitCode: Int32? = nil
        if case .exited(let code, _) = outcome { exitCode = code }
        try context.manifest.append(
            BatchRecord(
                input: item.relativePath, sha256: sha, output: ok ? item.outputPath : nil, status: ok ? .converted : .failed,
                exitCode: exitCode, error: outcome.errorMessage, toolVersion: BrochureKitVersion.string,
                toolBuild: context.toolBuild, seconds: Self.millis(seconds), finishedAt: Date().ISO8601Format(),
                signal: { if case .crashed(let signal) = outcome { return signal }; return nil }(),
                timeLimit: { if case .timedOut = outcome { return options.timeLimit }; return nil }()))
        finish(item.relativePath, ok ? .converted : .failed, error: outcome.errorMessage, seconds: seconds)
    }

    /// Counts one finished input and reports it, under the lock so reports never interleave.
    private func finish(_ input: String, _ kind: BatchEvent.Kind, error: String?, seconds: Double) {
        lock.lock()
        defer { lock.unlock() }
        switch kind {
        case .converted: summary.converted += 1
        case .alreadyConverted: summary.alreadyConverted += 1
        case .failed: summary.failed += 1
        case .failedEarlier: summary.failedEarlier += 1
        }
        if let error, kind == .failed || kind == .failedEarlier {
            summary.failures.append(.init(input: input, error: error, earlier: kind == .failedEarlier))
        }
        let done = summary.converted + summary.alreadyConverted + summary.failed + summary.failedEarlier
        let elapsed = Date().timeIntervalSince(started)
        let worked = summary.converted + summary.failed
        let rate = elapsed > 0 ? Double(worked) / elapsed : 0
        progress.report(
            BatchEvent(
                input: input, kind: kind, error: error, seconds: Self.millis(seconds), done: done,
                total: summary.total, failed: summary.failed + summary.failedEarlier, elapsed: Self.millis(elapsed),
                filesPerSecond: Self.millis(rate), eta: rate > 0 ? Self.millis(Double(summary.total - done) / rate) : nil))
    }

    static func millis(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}

/// The first fatal error any worker thread met (a manifest that cannot be written).
private final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var error: BatchError?

    func set(_ error: BatchError) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }
}
