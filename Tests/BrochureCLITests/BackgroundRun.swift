import Foundation
import Testing

/// The built binary running in the background, to be signalled mid-work like a user would.
final class BackgroundRun {
    let process = Process()
    let dir: URL

    init(_ arguments: [String]) throws {
        dir = try CLIRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("stdout"), err = dir.appendingPathComponent("stderr")
        for url in [out, err] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: dir)
    }

    /// Polls until `condition` holds; fails the test if the run ends first or 120 s pass.
    func wait(until condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(120)
        while !condition() {
            try #require(process.isRunning, "the run ended before the moment to signal it")
            try #require(Date() < deadline, "timed out waiting")
            usleep(20_000)
        }
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
        if number == SIGKILL { process.waitUntilExit() }
    }

    func finish() throws -> CLIRunner.Result {
        process.waitUntilExit()
        return CLIRunner.Result(
            status: process.terminationStatus,
            stdout: try String(contentsOf: dir.appendingPathComponent("stdout"), encoding: .utf8),
            stderr: try String(contentsOf: dir.appendingPathComponent("stderr"), encoding: .utf8))
    }
}
