import Foundation
import Testing

/// The committed bad inputs (Fixtures/bad/, made by Fixtures/generate.py and generate_bad.py):
/// each refused file with its exit code and message, each readable one with its warnings.
@Suite("Bad fixtures")
struct BadFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var arguments: [String] = []
        var status: Int32
        var message: String
        var testDescription: String { "\(file) \(arguments.joined(separator: " "))" }
    }

    static let refusedCases: [Case] = [
        Case(file: "empty.pdf", status: 11, message: "the file is empty"),
        Case(file: "not-a-pdf.pdf", status: 11, message: "it looks like a PNG image"),
        Case(file: "not-a-pdf-html.pdf", status: 11, message: "it looks like an HTML page"),
        Case(file: "not-a-pdf-zip.pdf", status: 11, message: "it looks like a ZIP archive"),
        Case(file: "truncated-header.pdf", status: 12, message: "damaged beyond repair"),
        Case(file: "truncated.pdf", status: 12, message: "damaged beyond repair"),
        Case(file: "truncated-tail.pdf", status: 12, message: "damaged beyond repair"),
        Case(file: "image-only.pdf", status: 15, message: "no text layer in 1 page"),
        Case(file: "encrypted-userpw.pdf", status: 13, message: "give its password with --password"),
        Case(file: "encrypted-userpw.pdf", arguments: ["--password", "wrong"], status: 14, message: "password given with --password is wrong"),
        Case(file: "many-pages.pdf", arguments: ["--max-pages", "1000"], status: 19,
             message: "2000 pages, more than the page limit of 1000 (raise it with --max-pages N, 0 for no limit)"),
        Case(file: "many-glyphs.pdf", arguments: ["--max-glyphs-per-page", "50000"], status: 19,
             message: "page 1 has 100000 glyphs, more than the limit of 50000 per page (raise it with --max-glyphs-per-page N"),
        Case(file: "huge-stream.pdf", arguments: ["--time-limit", "0.05"], status: 23,
             message: "not finished within the time limit of 0.05 s (raise it with --time-limit SECONDS"),
    ]

    /// Refused: one stderr line, nothing on stdout, and with -o nothing at all on disk.
    @Test(arguments: refusedCases, ["text", "extract"])
    func refused(_ c: Case, command: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = command == "extract" ? ["-o", dir.appendingPathComponent("out.json").path] : []
        let result = try CLIRunner.run([command] + output + c.arguments + [CLIRunner.fixture("bad/\(c.file)")])
        #expect(result.status == c.status)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(c.message))
        #expect(result.stderr.hasPrefix("brochure: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    struct Readable: CustomTestStringConvertible, Sendable {
        var file: String
        var arguments: [String] = []
        var pageCount: Int
        /// The warning codes `extract` reports, and that `text` says on stderr.
        var warnings: [String] = []
        var message: String = ""
        /// Text that must come out (from a page that can be read).
        var text: String
        var testDescription: String { "\(file) \(arguments.joined(separator: " "))" }
    }

    static let readableCases: [Readable] = [
        Readable(file: "broken-xref.pdf", pageCount: 1, warnings: ["xref-repaired"],
                 message: "cross-reference table is damaged (startxref does not point at a cross-reference table); poppler rebuilt it",
                 text: "国土交通省"),
        Readable(file: "truncated-no-eof.pdf", pageCount: 1, warnings: ["xref-repaired"],
                 message: "no startxref at the end: the file is truncated", text: "国土交通省"),
        Readable(file: "no-tounicode.pdf", pageCount: 1, warnings: ["unmapped-text"],
                 message: "of the text (335 of 740 characters, on page 1) has no Unicode mapping", text: "03-5253-5069"),
        Readable(file: "encrypted-ownerpw.pdf", pageCount: 1, text: "総務省"),
        Readable(file: "encrypted-userpw.pdf", arguments: ["--password", "secret"], pageCount: 1, text: "総務省"),
        Readable(file: "many-glyphs.pdf", pageCount: 1, text: "0123456789"),
        Readable(file: "many-pages.pdf", pageCount: 2000, text: "Contact: 03-5253-5069"),
        Readable(file: "deep-nesting.pdf", pageCount: 1, text: "Contact: 03-5253-5069"),
        Readable(file: "huge-stream.pdf", pageCount: 1, text: "Contact: 03-5253-5069"),
        Readable(file: "zero-and-rotated.pdf", pageCount: 4, text: "Contact: 03-5253-5069"),
        Readable(file: "zero-size.pdf", pageCount: 1, text: "Contact: 03-5253-5069"),
    ]

    /// Readable, perhaps damaged: `extract` exits 0 with the warnings in its JSON and nothing
    /// on stderr; `text` gives the text with one stderr line per warning.
    @Test(arguments: readableCases)
    func readable(_ c: Readable) throws {
        let path = CLIRunner.fixture("bad/\(c.file)")
        // No time limit: under a sanitizer the 100,000-glyph page takes more than the default 60 s.
        let extract = try CLIRunner.run(["extract", "--time-limit", "0"] + c.arguments + [path])
        #expect(extract.status == 0)
        #expect(extract.stderr.isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(extract.stdout.utf8)) as? [String: Any])
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.compactMap { $0["code"] as? String } == c.warnings)
        if !c.message.isEmpty { #expect(warnings.contains { ($0["message"] as? String)?.contains(c.message) == true }) }
        #expect((json["source"] as? [String: Any])?["pageCount"] as? Int == c.pageCount)

        let text = try CLIRunner.run(["text", "--time-limit", "0"] + c.arguments + [path])
        #expect(text.status == 0)
        #expect(text.stdout.contains(c.text))
        let lines = text.stderr.split(separator: "\n")
        #expect(lines.count == c.warnings.count)
        #expect(lines.allSatisfy { $0.hasPrefix("brochure: warning: \(path): ") })
        if !c.message.isEmpty { #expect(text.stderr.contains(c.message)) }
    }

    @Test("The right password opens the encrypted fixture, from a file and from stdin")
    func rightPassword() throws {
        let path = CLIRunner.fixture("bad/encrypted-userpw.pdf")
        let result = try CLIRunner.run(["text", "--password", "secret", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("採用"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let wrong = try CLIRunner.run(["text", "--password", "wrong", "-"], stdin: bytes)
        #expect(wrong.status == 14)
        let right = try CLIRunner.run(["text", "--password", "secret", "-"], stdin: bytes)
        #expect(right.stdout == result.stdout)
    }

    @Test("A damaged file read from stdin gets the same warning as from its path")
    func warningFromStandardInput() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.fixture("bad/broken-xref.pdf")))
        let result = try CLIRunner.run(["text", "-"], stdin: bytes)
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("brochure: warning: -: the PDF's cross-reference table is damaged"))
    }

    @Test("Limits are 0 or more; 0 is no limit")
    func limitFlags() throws {
        let path = CLIRunner.fixture("bad/many-pages.pdf")
        #expect(try CLIRunner.run(["text", "--max-pages", "-1", path]).status == 64)
        #expect(try CLIRunner.run(["text", "--time-limit", "-2", path]).status == 64)
        let unlimited = try CLIRunner.run(["text", "--max-pages", "0", "--page", "2000", path])
        #expect(unlimited.status == 0)
        #expect(unlimited.stdout.contains("Recruitment"))
        // ArgumentParser wraps the help to the terminal's width.
        let help = try CLIRunner.run(["--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(help.contains("19 over a limit (--max-pages, --max-glyphs-per-page); 23 over --time-limit"))
    }
}
