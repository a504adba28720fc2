import Foundation
import Testing

@Suite("brochure extract")
struct ExtractCommandTests {
    let sample = CLIRunner.fixture("brochures/soumu-2024.pdf")

    @Test("Prints one valid JSON document with the sections of the brochure")
    func extract() throws {
        let result = try CLIRunner.run(["extract", sample])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["organization"] as? String == "総務省")
        let sections = try #require(json["sections"] as? [String: Any])
        #expect(Set(sections.keys) == ["contacts", "access", "assignments", "hiring", "examBreakdown", "initiatives", "supportSystems", "training"])
        let hiring = try #require(sections["hiring"] as? [String: Any])
        let rows = try #require(hiring["rows"] as? [[String: Any]])
        let planned = try #require(rows.last)
        #expect(planned["label"] as? String == "R6")
        #expect(planned["planned"] as? Bool == true)
        #expect((planned["total"] as? [String: Any])?["women"] as? Int == 17)
    }

    @Test("--threads changes only the speed: the output of text and extract is the same on 1 or 3 threads")
    func threads() throws {
        let multiPage = CLIRunner.fixture("brochures/soumu-2025.pdf")
        for command in ["text", "extract"] {
            let one = try CLIRunner.run([command, "--threads", "1", multiPage])
            let three = try CLIRunner.run([command, "--threads", "3", multiPage])
            #expect(one.status == 0)
            #expect(three.stdout == one.stdout)
        }
        let zero = try CLIRunner.run(["extract", "--threads", "0", multiPage])
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("--threads must be at least 1"))
        #expect(zero.stdout.isEmpty)
    }

    @Test("Its output passes brochure validate, with and without --provenance")
    func validates() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for extra in [[], ["--provenance"]] {
            let out = dir.appendingPathComponent("out.json").path
            let written = try CLIRunner.run(["extract"] + extra + ["-o", out, sample])
            #expect(written.status == 0)
            #expect(written.stdout.isEmpty)
            let check = try CLIRunner.run(["validate", out])
            #expect(check.status == 0, "\(check.stdout)")
            #expect(check.stdout == "valid\n")
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(text.contains("\"provenance\"") == !extra.isEmpty)
        }
    }

    @Test("-o writes the same document stdout would get, leaving no temporary file")
    func outputFile() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("soumu.json").path
        let toFile = try CLIRunner.run(["extract", "-o", out, sample])
        let toStdout = try CLIRunner.run(["extract", sample])
        #expect(toFile.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == toStdout.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["soumu.json"])
    }

    @Test("Bad input writes nothing, to stdout or to -o")
    func badInput() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.json").path
        let result = try CLIRunner.run(["extract", "-o", out, CLIRunner.fixture("bad/truncated.pdf")])
        #expect(result.status == 12)
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("--strict exits 1 when figures do not add up, and still writes the document")
    func strict() throws {
        let file = CLIRunner.fixture("bad/sum-mismatch.pdf")
        let loose = try CLIRunner.run(["extract", file])
        #expect(loose.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(loose.stdout.utf8)) as? [String: Any])
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(Set(warnings.compactMap { $0["code"] as? String }) == ["sum-mismatch", "women-exceed-count"])
        #expect(warnings.allSatisfy { $0["section"] as? String == "hiring" && $0["page"] as? Int == 1 })
        let strict = try CLIRunner.run(["extract", "--strict", file])
        #expect(strict.status == 1)
        #expect(strict.stdout == loose.stdout)
        let clean = try CLIRunner.run(["extract", "--strict", sample])
        #expect(clean.status == 0)
    }
}
