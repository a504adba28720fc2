import Foundation
import Testing

@testable import BrochureKit

/// Runs batches with a shell script as the worker, so hangs, crashes and failures are exact.
@Suite("batch: workers, failures, resuming")
struct BatchRunnerTests {
    /// The input path arrives as `$0`; its name says how the worker behaves.
    static let script = """
        case "$0" in
          *hang*) exec sleep 30 ;;
          *crash*) kill -SEGV $$ ;;
          *fail*) echo "poppler chatter" >&2; echo "brochure: $0: it is broken" >&2; exit 12 ;;
          *) printf '{"input":"%s"}\\n' "$(basename "$0")" ;;
        esac
        """
    static let worker = WorkerCommand(executable: "/bin/sh", arguments: ["-c", script])

    final class Recorder: BatchProgress, @unchecked Sendable {
        private let lock = NSLock()
        private(set) var events: [BatchEvent] = []
        func report(_ event: BatchEvent) { lock.withLock { events.append(event) } }
        func finish() {}
        func kinds() -> [String: BatchEvent.Kind] { lock.withLock { Dictionary(events.map { ($0.input, $0.kind) }, uniquingKeysWith: { $1 }) } }
    }

    func run(_ archive: ScratchFolder, _ out: String, timeLimit: Double = 5, retry: Bool = false) throws -> (BatchSummary, Recorder) {
        let items = try BatchInputs.discover([archive.url.appendingPathComponent("in").path])
        let recorder = Recorder()
        let options = BatchOptions(outputFolder: out, jobs: 2, timeLimit: timeLimit, retryFailed: retry, command: Self.worker)
        return (try BatchRunner(items: items, options: options, progress: recorder).run(), recorder)
    }

    @Test("each failure costs only its own input, with its reason; the rest are written whole")
    func failuresAreIsolated() throws {
        let archive = try ScratchFolder()
        for name in ["a.pdf", "b.pdf", "sub/c.pdf", "fail.pdf", "crash.pdf", "hang.pdf"] { try archive.write("in/\(name)", name) }
        let out = archive.url.appendingPathComponent("out").path
        let (summary, recorder) = try run(archive, out, timeLimit: 1)
        #expect(summary.total == 6 && summary.converted == 3 && summary.failed == 3)
        #expect(!summary.isComplete)
        #expect(archive.read("out/sub/c.json") == #"{"input":"c.pdf"}"# + "\n")
        let errors = Dictionary(summary.failures.map { ($0.input, $0.error) }, uniquingKeysWith: { $1 })
        #expect(errors["fail.pdf"] == "it is broken")
        #expect(errors["crash.pdf"]?.contains("signal 11, SIGSEGV") == true)
        #expect(errors["hang.pdf"] == "time limit of 1 s exceeded (--timeout)")
        #expect(recorder.events.count == 6 && recorder.events.last?.done == 6)
        for name in ["fail", "crash", "hang"] { #expect(archive.read("out/\(name).json") == nil) }
        // Nothing is left in the staging folder.
        #expect(!FileManager.default.fileExists(atPath: out + "/.brochure-batch"))
        let manifest = BatchManifest.read(out + "/manifest.jsonl")
        #expect(manifest["fail.pdf"]?.exitCode == 12 && manifest["hang.pdf"]?.exitCode == nil)
        #expect(manifest["a.pdf"]?.output == "a.json" && manifest["a.pdf"]?.status == .converted)
    }

    @Test("a rerun skips what is done, retries failures only when asked, and redoes changed inputs")
    func resume() throws {
        let archive = try ScratchFolder()
        for name in ["a.pdf", "b.pdf", "fail.pdf"] { try archive.write("in/\(name)", name) }
        let out = archive.url.appendingPathComponent("out").path
        _ = try run(archive, out)
        let (again, recorder) = try run(archive, out)
        #expect(recorder.kinds() == ["a.pdf": .alreadyConverted, "b.pdf": .alreadyConverted, "fail.pdf": .failedEarlier])
        #expect(again.converted == 0 && again.failedEarlier == 1 && again.failures.first?.earlier == true)
        try archive.write("in/b.pdf", "b, second edition")
        try FileManager.default.removeItem(atPath: out + "/a.json")
        let (_, changed) = try run(archive, out, retry: true)
        #expect(changed.kinds() == ["a.pdf": .converted, "b.pdf": .converted, "fail.pdf": .failed])
    }

    @Test("stop() kills the workers and returns at once; nothing unfinished is written or recorded")
    func stop() throws {
        let archive = try ScratchFolder()
        for n in 0..<6 { try archive.write("in/hang-\(n).pdf", "x") }
        let items = try BatchInputs.discover([archive.url.appendingPathComponent("in").path])
        let out = archive.url.appendingPathComponent("out").path
        let runner = BatchRunner(items: items, options: BatchOptions(outputFolder: out, jobs: 2, timeLimit: 60, command: Self.worker), progress: SilentBatchProgress())
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { runner.stop() }
        let clock = Date()
        let summary = try runner.run()
        #expect(Date().timeIntervalSince(clock) < 10)
        #expect(summary.stopped && summary.notStarted == 6 && summary.converted == 0 && summary.failed == 0)
        #expect(BatchManifest.read(out + "/manifest.jsonl").isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["manifest.jsonl"])
    }

    @Test("an output folder that is a file is refused before any work")
    func outputIsAFile() throws {
        let archive = try ScratchFolder()
        try archive.write("in/a.pdf", "a")
        let file = try archive.write("taken", "")
        #expect(throws: BatchError.self) { try run(archive, file) }
    }

    @Test("A rerun skips what failed for its content, retries a time-out only under a longer limit")
    func whichFailuresStick() throws {
        let archive = try ScratchFolder()
        for name in ["fail.pdf", "crash.pdf", "hang.pdf"] { try archive.write("in/\(name)", name) }
        let out = archive.url.appendingPathComponent("out").path
        _ = try run(archive, out, timeLimit: 0.3)
        let (same, sameKinds) = try run(archive, out, timeLimit: 0.3)
        #expect(sameKinds.kinds() == ["fail.pdf": .failedEarlier, "crash.pdf": .failedEarlier, "hang.pdf": .failedEarlier])
        #expect(same.failedEarlier == 3)
        let (_, longer) = try run(archive, out, timeLimit: 0.6)
        #expect(longer.kinds() == ["fail.pdf": .failedEarlier, "crash.pdf": .failedEarlier, "hang.pdf": .failed])
    }
}
