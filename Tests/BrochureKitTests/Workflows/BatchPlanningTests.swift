import Foundation
import Testing

@testable import BrochureKit

@Suite("batch: inputs, shards, manifest")
struct BatchPlanningTests {
    @Test("shard K/N parses, and rejects what cannot be a shard", arguments: [
        ("1/1", true), ("2/4", true), ("4/4", true), ("0/4", false), ("5/4", false), ("1/0", false),
        ("a/b", false), ("1", false), ("1/2/3", false), ("-1/2", false),
    ])
    func parseShard(text: String, valid: Bool) {
        let parsed = try? BatchShard(parsing: text)
        #expect((parsed != nil) == valid)
    }

    @Test("the N shards hold every input exactly once, for any N")
    func shardsPartition() throws {
        let paths = (0..<500).map { "archive/\($0 % 7)/brochure-\($0).pdf" }
        for n in 1...6 {
            let shards = try (1...n).map { try BatchShard(index: $0, count: n) }
            for path in paths {
                #expect(shards.filter { $0.contains(relativePath: path) }.count == 1)
            }
            // Roughly even: no shard is empty or holds more than twice its share.
            for shard in shards {
                let size = paths.filter { shard.contains(relativePath: $0) }.count
                #expect(size > 0 && size < 2 * paths.count / n + 10, "shard \(shard) has \(size)")
            }
        }
    }

    @Test("the shard hash is FNV-1a, the same on every machine and run")
    func stableHash() {
        // Published FNV-1a 64-bit test vectors.
        #expect(BatchShard.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(BatchShard.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(BatchShard.fnv1a("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test("outputs are named after the path relative to the inputs' common folder")
    func discovery() throws {
        let scratch = try ScratchFolder()
        try scratch.write("archive/2023/soumu.pdf", "%PDF")
        try scratch.write("archive/2024/soumu.PDF", "%PDF")
        try scratch.write("archive/2024/notes.txt", "not a pdf")
        try scratch.write("archive/2024/.hidden.pdf", "%PDF")
        try scratch.write("archive/2024/deep/x.pdf", "%PDF")
        let root = scratch.url.appendingPathComponent("archive")
        let two = try BatchInputs.discover([root.appendingPathComponent("2023").path, root.appendingPathComponent("2024").path])
        #expect(two.map(\.relativePath) == ["2023/soumu.pdf", "2024/deep/x.pdf", "2024/soumu.PDF"])
        #expect(two.map(\.outputPath) == ["2023/soumu.json", "2024/deep/x.json", "2024/soumu.json"])
        let one = try BatchInputs.discover([root.appendingPathComponent("2024").path])
        #expect(one.map(\.relativePath) == ["deep/x.pdf", "soumu.PDF"])
        // A file argument counts as its folder; given twice, it is converted once.
        let file = root.appendingPathComponent("2023/soumu.pdf").path
        let single = try BatchInputs.discover([file, file])
        #expect(single.map(\.outputPath) == ["soumu.json"])
        // The output folder inside the archive is not walked.
        try scratch.write("archive/out/old.pdf", "%PDF")
        let excluding = try BatchInputs.discover([root.path], excluding: root.appendingPathComponent("out").path)
        #expect(!excluding.contains { $0.relativePath.hasPrefix("out/") })
    }

    @Test("two inputs that would share an output, or a missing input, are refused before any work")
    func refusals() throws {
        let scratch = try ScratchFolder()
        try scratch.write("a/x.pdf", "%PDF")
        try scratch.write("a/x.PDF", "%PDF")
        #expect(throws: BatchError.sameOutput(first: "x.PDF", second: "x.pdf", output: "x.json")) {
            try BatchInputs.discover([scratch.url.appendingPathComponent("a").path])
        }
        let missing = scratch.url.appendingPathComponent("nope").path
        #expect(throws: BatchError.noInput(path: missing)) { try BatchInputs.discover([missing]) }
    }

    @Test("a symbolic link to the archive is walked; linked PDFs count, linked folders are not followed; no PDF at all is an error")
    func links() throws {
        let scratch = try ScratchFolder()
        try scratch.write("arch/a.pdf", "%PDF")
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("arch/sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/arch/sub/linked.pdf", withDestinationPath: "../a.pdf")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/arch/sub/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/archlink", withDestinationPath: "arch")
        let items = try BatchInputs.discover([scratch.path + "/archlink"])
        #expect(items.map(\.relativePath) == ["a.pdf", "sub/linked.pdf"])
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(throws: BatchError.noPDFs(paths: [scratch.path + "/empty"])) { try BatchInputs.discover([scratch.path + "/empty"]) }
    }

    @Test("the manifest skips a torn last line and never glues the next record onto it")
    func tornManifest() throws {
        let scratch = try ScratchFolder()
        let record = BatchRecord(
            input: "a.pdf", sha256: "00", output: "a.json", status: .converted, exitCode: 0, error: nil,
            toolVersion: "1", toolBuild: "b", seconds: 0.1, finishedAt: "2026-01-01T00:00:00Z")
        let line = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        try scratch.write("manifest.jsonl", line + "\n" + #"{"input":"b.pdf","sha2"#)
        let manifest = try BatchManifest(folder: scratch.path)
        #expect(Array(manifest.previous.keys) == ["a.pdf"])
        var second = record
        second.input = "c.pdf"
        try manifest.append(second)
        let reread = BatchManifest.read(manifest.path)
        #expect(Set(reread.keys) == ["a.pdf", "c.pdf"])
    }

    @Test("a later record of an input wins, across the shard manifests of one folder")
    func laterWins() throws {
        let scratch = try ScratchFolder()
        func line(_ status: BatchRecord.Status, _ at: String) throws -> String {
            let r = BatchRecord(
                input: "a.pdf", sha256: "00", output: nil, status: status, exitCode: nil, error: nil, toolVersion: "1",
                toolBuild: nil, seconds: 0, finishedAt: at)
            return String(decoding: try JSONEncoder().encode(r), as: UTF8.self) + "\n"
        }
        try scratch.write("manifest.jsonl", try line(.failed, "2026-01-02T00:00:00Z"))
        try scratch.write("manifest.shard-1-of-2.jsonl", try line(.converted, "2026-01-03T00:00:00Z"))
        #expect(BatchManifest.readAll(folder: scratch.path)["a.pdf"]?.status == .converted)
    }
}

@Suite("batch: progress bar")
struct TerminalBatchProgressTests {
    @Test("the bar shows done/total, rate, ETA and failures, filled in proportion")
    func line() {
        let event = BatchEvent(
            input: "a.pdf", kind: .failed, error: "x", seconds: 0.1, done: 12, total: 48, failed: 2, elapsed: 3,
            filesPerSecond: 4, eta: 9)
        let line = TerminalBatchProgress.line(event)
        #expect(line == String(repeating: "█", count: 6) + String(repeating: "░", count: 18) + " 12/48 · 4.0 files/s · ETA 0:09 · 2 failed")
        #expect(TerminalBatchProgress.clock(3725) == "1:02:05")
    }
}
