import Foundation
import Testing

@Suite("brochure text and layout")
struct TextCommandTests {
    let sample = CLIRunner.fixture("brochures/soumu-2024.pdf")

    @Test("text prints tables as tab-separated rows and ends pages with a form feed")
    func text() throws {
        let result = try CLIRunner.run(["text", sample])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("R6（予定数）\t55（17）\t48（16）\t7（1）\n"))
        #expect(result.stdout.contains("国際戦略局\t３名\t３名\n"))
        #expect(result.stdout.filter { $0 == "\u{0C}" }.count == 2)
        #expect(result.stdout.hasSuffix("\u{0C}"))
    }

    @Test("A reader that closes the pipe early is exit 10 with one line, not a kill by SIGPIPE")
    func closedPipe() throws {
        // layout JSON of the sample is far larger than a pipe's buffer, so the write must fail.
        let script = #""$0" layout "$1" | true; echo "status ${PIPESTATUS[0]}" >&2"#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, CLIRunner.binary.path, sample]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(stderr.hasSuffix("status 10\n"))
        #expect(stderr.hasPrefix("brochure: the output cannot be written ("))
        #expect(stderr.split(separator: "\n").count == 2)
    }

    @Test("Standard input gives the same text as the file")
    func standardInput() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: sample))
        let piped = try CLIRunner.run(["text", "-"], stdin: bytes)
        let direct = try CLIRunner.run(["text", sample])
        #expect(piped.status == 0)
        #expect(piped.stdout == direct.stdout)
    }

    @Test("--page selects one page; a page that does not exist is exit 16")
    func page() throws {
        let second = try CLIRunner.run(["text", "--page", "2", sample])
        #expect(second.status == 0)
        #expect(second.stdout.contains("研修制度"))
        #expect(!second.stdout.contains("採用窓口"))
        let missing = try CLIRunner.run(["text", "--page", "9", sample])
        #expect(missing.status == 16)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("page 9 does not exist (the document has 2 pages)"))
    }

    @Test("--furniture keeps running headers and page numbers")
    func furniture() throws {
        let file = CLIRunner.fixture("brochures/soumu-2025.pdf")
        let plain = try CLIRunner.run(["text", file])
        let kept = try CLIRunner.run(["text", "--furniture", file])
        #expect(!plain.stdout.contains("- 1 -"))
        #expect(kept.stdout.contains("- 1 -"))
    }

    @Test("layout prints pages, blocks, lines and tables as JSON")
    func layout() throws {
        let result = try CLIRunner.run(["layout", "--compact", sample])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        let info = try #require(json["info"] as? [String: Any])
        #expect(info["pageCount"] as? Int == 2)
        let pages = try #require(json["pages"] as? [[String: Any]])
        #expect(pages.count == 2)
        let blocks = try #require(pages.first?["blocks"] as? [[String: Any]])
        let kinds = Set(blocks.compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["heading", "paragraph", "table"]))
        let table = try #require(blocks.first { $0["kind"] as? String == "table" }?["table"] as? [String: Any])
        #expect((table["rows"] as? [[Any]])?.isEmpty == false)
        let box = try #require(blocks.first?["box"] as? [Double])
        #expect(box.count == 4)
    }
}
