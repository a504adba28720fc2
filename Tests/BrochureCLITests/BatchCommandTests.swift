import Foundation
import Testing

/// `brochure batch` on a generated archive: copies and edits of the fixtures plus bad files.
@Suite("brochure batch", .serialized)
struct BatchCommandTests {
    static let brochures = try! FileManager.default.contentsOfDirectory(atPath: CLIRunner.fixture("brochures"))
        .filter { $0.hasSuffix(".pdf") }.sorted()
    static let bad = try! FileManager.default.contentsOfDirectory(atPath: CLIRunner.fixture("bad"))
        .filter { $0.hasSuffix(".pdf") }.sorted()

    /// `copies` edited copies of every fixture (a trailing comment makes each file distinct,
    /// as a re-download with a new timestamp would), spread over folders, plus the bad files.
    static func makeArchive(copies: Int, bad: Bool = true) throws -> URL {
        let root = try CLIRunner.temporaryDirectory().appendingPathComponent("archive")
        for copy in 0..<copies {
            let folder = root.appendingPathComponent("year\(copy % 5)/set\(copy)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in brochures {
                var data = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.fixture("brochures/\(name)")))
                data.append(contentsOf: Array("%copy \(copy)\n".utf8))
                try data.write(to: folder.appendingPathComponent(name))
            }
        }
        if bad {
            let folder = root.appendingPathComponent("bad")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in Self.bad {
                try FileManager.default.copyItem(atPath: CLIRunner.fixture("bad/\(name)"), toPath: folder.appendingPathComponent(name).path)
            }
        }
        return root
    }

    /// The bad fixtures that still convert: a sum mismatch is a warning, not a failure, and the
    /// damaged or hostile files BadFixtureTests reads without extra arguments.
    static let badThatConvert: Set<String> = Set(["sum-mismatch.pdf"] + BadFixtureTests.readableCases.filter(\.arguments.isEmpty).map(\.file))

    static func manifest(_ out: URL) -> [[String: Any]] {
        guard let text = try? String(contentsOf: out.appendingPathComponent("manifest.jsonl"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// Every JSON file at an output name (the staging folder excluded) is a whole document.
    static func outputs(_ out: URL) throws -> [String: [String: Any]] {
        var found: [String: [String: Any]] = [:]
        let walker = FileManager.default.enumerator(at: out, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "json" else { continue }
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any], "\(url.path) is not whole JSON")
            found[String(url.path.dropFirst(out.path.count + 1))] = json
        }
        return found
    }

    static func events(_ stderr: String) -> [[String: Any]] {
        stderr.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test("killed with SIGKILL mid-run, then rerun: every brochure converted once, nothing lost or torn")
    func killedAndResumed() throws {
        let archive = try Self.makeArchive(copies: 25)
        let out = archive.deletingLastPathComponent().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: archive.deletingLastPathComponent()) }
        let first = try BackgroundRun(["batch", archive.path, "-o", out.path, "-j", "2", "--progress", "json"])
        try first.wait(until: { Self.manifest(out).count >= 30 })
        first.signal(SIGKILL)
        let recordedAtKill = Self.manifest(out).filter { $0["status"] as? String == "converted" }.count
        // Whatever is at an output name is a whole document of the right input.
        for (path, json) in try Self.outputs(out) {
            let source = try #require(json["source"] as? [String: Any])
            #expect(path.hasSuffix("/" + (source["file"] as! String).replacingOccurrences(of: ".pdf", with: ".json")))
        }

        let second = try CLIRunner.run(["batch", archive.path, "-o", out.path, "-j", "2", "--progress", "json"])
        let goodCount = 25 * Self.brochures.count + Self.badThatConvert.count
        #expect(second.status == 1, "bad files failed, so exit 1")
        let kinds = Self.events(second.stderr).compactMap { $0["kind"] as? String }
        #expect(kinds.filter { $0 == "alreadyConverted" }.count == recordedAtKill)
        #expect(kinds.count == 25 * Self.brochures.count + Self.bad.count)
        let outputs = try Self.outputs(out)
        #expect(outputs.count == goodCount)
        // The manifest's last word on every input: converted exactly for the good ones.
        var last: [String: String] = [:]
        for record in Self.manifest(out) { last[record["input"] as! String] = record["status"] as? String }
        #expect(last.filter { $0.value == "converted" }.count == goodCount)
        let failed = Set(last.filter { $0.value == "failed" }.keys)
        #expect(failed == Set(Self.bad.filter { !Self.badThatConvert.contains($0) }.map { "bad/" + $0 }))
        #expect(second.stdout.contains("failures:") && second.stdout.contains("bad/empty.pdf: the file is empty"))

        // A batch output is exactly what `extract` prints for that file.
        let sample = archive.appendingPathComponent("year3/set3/soumu-2024.pdf").path
        let direct = try CLIRunner.run(["extract", sample])
        #expect(try String(contentsOf: out.appendingPathComponent("year3/set3/soumu-2024.json"), encoding: .utf8) == direct.stdout)

        // A third run has nothing left to do.
        let third = try CLIRunner.run(["batch", archive.path, "-o", out.path, "--progress", "none"])
        #expect(third.status == 1)
        let table = Dictionary(
            third.stdout.split(separator: "\n").compactMap { line -> (String, Int)? in
                guard let n = line.split(separator: " ").last.flatMap({ Int($0) }) else { return nil }
                return (line.split(separator: " ").dropLast().joined(separator: " "), n)
            }, uniquingKeysWith: { a, _ in a })
        #expect(table["converted"] == 0)
        #expect(table["already converted (skipped)"] == goodCount)
    }

    @Test("SIGINT stops the batch with exit 130 and a summary; the rerun finishes with exit 0")
    func interrupted() throws {
        let archive = try Self.makeArchive(copies: 6, bad: false)
        let out = archive.deletingLastPathComponent().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: archive.deletingLastPathComponent()) }
        let run = try BackgroundRun(["batch", archive.path, "-o", out.path, "-j", "2", "--progress", "none"])
        try run.wait(until: { Self.manifest(out).count >= 5 })
        run.signal(SIGINT)
        let result = try run.finish()
        #expect(result.status == 130)
        #expect(result.stdout.contains("not reached (stopped; rerun to finish)"))
        let rerun = try CLIRunner.run(["batch", archive.path, "-o", out.path, "--progress", "none"])
        #expect(rerun.status == 0)
        #expect(try Self.outputs(out).count == 6 * Self.brochures.count)
    }

    @Test("A second batch on the same output folder is refused (exit 10) while the first runs, and nothing of the first is lost")
    func oneBatchAtATime() throws {
        let archive = try Self.makeArchive(copies: 4, bad: false)
        let out = archive.deletingLastPathComponent().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: archive.deletingLastPathComponent()) }
        let first = try BackgroundRun(["batch", archive.path, "-o", out.path, "-j", "1", "--progress", "none"])
        try first.wait(until: { Self.manifest(out).count >= 1 })
        let second = try CLIRunner.run(["batch", archive.path, "-o", out.path, "--progress", "none"])
        #expect(second.status == 10)
        #expect(second.stderr.contains("another batch is writing to this output folder"))
        #expect(try first.finish().status == 0)
        #expect(try Self.outputs(out).count == 4 * Self.brochures.count)
    }

    @Test("--shard K/N on three machines converts every input exactly once")
    func shards() throws {
        let archive = try Self.makeArchive(copies: 2, bad: false)
        let out = archive.deletingLastPathComponent().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: archive.deletingLastPathComponent()) }
        var seen: [String] = []
        for k in 1...3 {
            let result = try CLIRunner.run(["batch", archive.path, "-o", out.path, "--shard", "\(k)/3", "--progress", "json"])
            #expect(result.status == 0)
            seen += Self.events(result.stderr).map { $0["input"] as! String }
        }
        #expect(seen.count == 2 * Self.brochures.count && Set(seen).count == seen.count)
        let whole = try CLIRunner.run(["batch", archive.path, "-o", out.path, "--progress", "json"])
        #expect(whole.status == 0)
        #expect(Self.events(whole.stderr).allSatisfy { $0["kind"] as? String == "alreadyConverted" })
    }

    @Test("arguments that cannot work: one stderr line, the documented code, nothing written", arguments: [
        (["batch", "/nonexistent/archive", "-o", "OUT"], Int32(10), "no such file or directory"),
        (["batch", "FIXTURES", "-o", "OUT", "--shard", "3/2"], Int32(64), "--shard 3/2"),
        (["batch", "FIXTURES", "-o", "FILE"], Int32(10), "cannot be used as the output folder"),
        (["batch", "FIXTURES", "-o", "OUT", "-j", "0"], Int32(64), "--jobs"),
    ])
    func refusals(arguments: [String], status: Int32, message: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("file")
        _ = FileManager.default.createFile(atPath: file.path, contents: Data("x".utf8))
        let out = dir.appendingPathComponent("out")
        let args = arguments.map {
            switch $0 {
            case "OUT": out.path
            case "FILE": file.path
            case "FIXTURES": CLIRunner.fixture("brochures")
            default: $0
            }
        }
        let result = try CLIRunner.run(args)
        #expect(result.status == status)
        #expect(result.stderr.contains(message))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("manifest.jsonl").path))
    }
}
