import Foundation
import Testing

/// The committed bad inputs, each with its exit code and message.
@Suite("Bad fixtures")
struct BadFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var arguments: [String] = []
        var status: Int32
        var message: String
        var testDescription: String { "\(file) \(arguments.joined(separator: " "))" }
    }

    static let cases: [Case] = [
        Case(file: "empty.pdf", status: 11, message: "the file is empty"),
        Case(file: "not-a-pdf.pdf", status: 11, message: "it looks like a PNG image"),
        Case(file: "truncated.pdf", status: 12, message: "damaged beyond repair"),
        Case(file: "image-only.pdf", status: 15, message: "no text layer in 1 page"),
        Case(file: "encrypted-userpw.pdf", status: 13, message: "give its password with --password"),
        Case(file: "encrypted-userpw.pdf", arguments: ["--password", "wrong"], status: 14, message: "password given with --password is wrong"),
    ]

    @Test(arguments: cases)
    func bad(_ c: Case) throws {
        let result = try CLIRunner.run(["text"] + c.arguments + [CLIRunner.fixture("bad/\(c.file)")])
        #expect(result.status == c.status)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(c.message))
        #expect(result.stderr.split(separator: "\n").count == 1)
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
}
