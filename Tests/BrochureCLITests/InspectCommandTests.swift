import Foundation
import Testing

@Suite("brochure inspect")
struct InspectCommandTests {
    let sample = CLIRunner.fixture("brochures/soumu-2024.pdf")

    @Test("Writes a PNG (or an SVG by extension) and prints one line of counts")
    func writes() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let png = dir.appendingPathComponent("p1.png").path
        let result = try CLIRunner.run(["inspect", sample, "-o", png])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("page 1: "))
        #expect(result.stdout.contains("3 tables"))
        #expect(result.stdout.contains("hiring"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))

        let svg = dir.appendingPathComponent("p2.svg").path
        let second = try CLIRunner.run(["inspect", sample, "--page", "2", "--provenance", "-o", svg])
        #expect(second.status == 0)
        #expect(second.stdout.contains("values"))
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
        // Only the outputs: no temporary file left beside them.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["p1.png", "p2.svg"])
    }

    @Test("Bad input or an unwritable output: one stderr line, the documented code, no file", arguments: [
        (["--page", "9"], "pages", 16),
        (["--scale", "0"], "--scale", 64),
    ] as [([String], String, Int32)])
    func failures(arguments: [String], message: String, status: Int32) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.png").path
        let result = try CLIRunner.run(["inspect", sample, "-o", out] + arguments)
        #expect(result.status == status)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("A scan is drawn bare, and said to have no text layer")
    func scan() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let png = dir.appendingPathComponent("scan.png").path
        let result = try CLIRunner.run(["inspect", CLIRunner.fixture("bad/image-only.pdf"), "-o", png])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0 blocks"))
        #expect(result.stdout.contains("no text layer"))
        #expect(FileManager.default.fileExists(atPath: png))
    }

    @Test("An output folder that does not exist is exit 10; a PNG renamed PDF is exit 11")
    func files() throws {
        let missing = try CLIRunner.run(["inspect", sample, "-o", "/nonexistent/dir/out.png"])
        #expect(missing.status == 10)
        #expect(missing.stderr.split(separator: "\n").count == 1)
        let notPDF = try CLIRunner.run(["inspect", CLIRunner.fixture("bad/not-a-pdf.pdf"), "-o", "/tmp/never.png"])
        #expect(notPDF.status == 11)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.png"))
    }
}
