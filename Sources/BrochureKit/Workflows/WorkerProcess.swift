import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one worker with its standard output going straight into a file, under a time limit.
///
/// Output goes to a file rather than a pipe so a large document never blocks the worker, and
/// so the batch can rename the finished file into place without copying it.
struct WorkerProcess {
    var command: WorkerCommand
    var timeLimit: Double

    /// Runs `command` on `input`, writing stdout to `outputFile` and stderr to `errorFile`.
    /// `started` receives the pid (so the batch can kill it when stopped).
    func run(input: String, outputFile: String, errorFile: String, started: (Int32) -> Void, isStopping: () -> Bool) throws(BatchError) -> WorkerOutcome {
        let fm = FileManager.default
        guard fm.createFile(atPath: outputFile, contents: nil), fm.createFile(atPath: errorFile, contents: nil),
            let out = FileHandle(forWritingAtPath: outputFile), let err = FileHandle(forWritingAtPath: errorFile)
        else { throw .outputNotUsable(path: outputFile, reason: String(cString: strerror(errno))) }
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command.executable)
        process.arguments = command.arguments + [input]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { throw .workerNotStarted(reason: "\(command.executable): \(error.localizedDescription)") }
        let pid = process.processIdentifier
        started(pid)
        var timedOut = false
        if finished.wait(timeout: .now() + timeLimit) == .timedOut {
            timedOut = true
            kill(pid, SIGKILL)
            finished.wait()
        }
        if isStopping() && process.terminationReason == .uncaughtSignal { return .interrupted }
        if timedOut { return .timedOut(seconds: timeLimit) }
        let status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal {
            // SIGINT/SIGTERM come from outside (a ^C reaches the whole process group): the batch is stopping.
            return status == SIGINT || status == SIGTERM ? .interrupted : .crashed(signal: status)
        }
        return .exited(code: status, message: Self.lastMessage(errorFile, input: input))
    }

    /// The worker's own one-line error, without the `brochure: ` prefix; poppler's chatter before it is dropped.
    static func lastMessage(_ path: String, input: String) -> String? {
        guard let data = FileContents.read(path), !data.isEmpty else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let line = lines.last { $0.hasPrefix("brochure: ") } ?? lines.last { !$0.isEmpty }
        guard let line else { return nil }
        var message = line.hasPrefix("brochure: ") ? String(line.dropFirst("brochure: ".count)) : line
        // The manifest names the input already.
        if message.hasPrefix(input + ": ") { message.removeFirst(input.count + 2) }
        return String(message.prefix(500))
    }
}
