import Foundation
import Testing

/// `brochure profile` feeds BENCHMARKS.md's stage split: its JSON must name every stage, once per run.
@Suite("brochure profile")
struct ProfileCommandTests {
    let sample = CLIRunner.fixture("brochures/soumu-2024.pdf")
    let stages = ["open", "extraction", "layout", "checksum", "normalisation", "sections", "encoding",
                  "schemaCompile", "validation", "textRendering"]

    @Test("--json gives every stage's milliseconds for each run")
    func json() throws {
        let result = try CLIRunner.run(["profile", sample, "--repeat", "2", "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["pages"] as? Int == 2)
        let runs = try #require(report["runs"] as? [[String: Double]])
        #expect(runs.count == 2)
        for run in runs {
            #expect(Set(run.keys) == Set(stages))
            #expect(run.values.allSatisfy { $0 >= 0 })
            #expect(run["extraction", default: 0] > 0 && run["layout", default: 0] > 0 && run["sections", default: 0] > 0)
        }
    }

    @Test("the table lists every stage and both totals; a bad --repeat is a usage error")
    func table() throws {
        let result = try CLIRunner.run(["profile", sample, "--repeat", "1"])
        #expect(result.status == 0)
        for stage in stages { #expect(result.stdout.contains("\n\(stage) ")) }
        #expect(result.stdout.contains("text total") && result.stdout.contains("extract total"))
        #expect(try CLIRunner.run(["profile", sample, "--repeat", "0"]).status == 64)
    }
}
