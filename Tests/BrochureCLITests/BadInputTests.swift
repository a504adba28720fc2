import Foundation
import Testing

/// Bad input gets one clear line on stderr, its documented exit code, and nothing on stdout.
@Suite("Bad input")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var contents: [UInt8]?  // nil: the file does not exist
        var status: Int32
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "missing file", contents: nil, status: 10, message: "no such file"),
        Case(name: "empty file", contents: [], status: 11, message: "the file is empty"),
        Case(name: "PNG renamed", contents: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], status: 11,
             message: "not a PDF (no %PDF header; it looks like a PNG image)"),
        Case(name: "HTML renamed", contents: Array("<!DOCTYPE html><html><body>404</body></html>".utf8), status: 11,
             message: "it looks like an HTML page"),
        Case(name: "ZIP renamed", contents: [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0], status: 11, message: "a ZIP archive"),
        Case(name: "header only", contents: Array("%PDF-1.7\n".utf8), status: 12, message: "damaged beyond repair"),
    ]

    @Test(arguments: cases, ["text", "layout"])
    func badInput(_ c: Case, command: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("input.pdf")
        if let contents = c.contents { try Data(contents).write(to: file) }
        let result = try CLIRunner.run([command, file.path])
        #expect(result.status == c.status)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(c.message))
        #expect(result.stderr.hasPrefix("brochure: \(file.path): "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("A directory is not a PDF")
    func directory() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["text", dir.path])
        #expect(result.status == 10)
        #expect(result.stderr.contains("it is a directory"))
    }

    @Test("Unknown options are usage errors")
    func usage() throws {
        let result = try CLIRunner.run(["text", "--no-such-option", "x.pdf"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }
}
