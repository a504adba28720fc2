import Foundation
import Testing

/// `diff --db PATH --org NAME OLD NEW`: stored editions compare exactly as their PDFs do.
@Suite("brochure diff --db")
struct DiffDatabaseCommandTests {
    @Test("two stored editions give the same diff as their PDFs; a year not stored is exit 22")
    func storedEditions() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("b.sqlite").path
        let old = CLIRunner.fixture("brochures/soumu-2023.pdf"), new = CLIRunner.fixture("brochures/soumu-2024.pdf")
        #expect(try CLIRunner.run(["ingest", "--db", db, old, new]).status == 0)
        let fromFiles = try CLIRunner.run(["diff", "--format", "json", old, new])
        let fromStore = try CLIRunner.run(["diff", "--format", "json", "--db", db, "--org", "総務省", "2023", "2024"])
        #expect(fromFiles.status == 1 && fromStore.status == 1)
        #expect(fromStore.stdout == fromFiles.stdout)
        #expect(fromStore.stdout.contains("plannedVsActual"))

        let missing = try CLIRunner.run(["diff", "--db", db, "--org", "総務省", "2023", "2019"])
        #expect(missing.status == 22)
        #expect(missing.stderr == "brochure: no 2019 edition of 総務省 is stored (stored: 2023, 2024)\n")
        #expect(missing.stdout.isEmpty)
    }

    @Test("--db without --org, or years that are not years, are usage errors", arguments: [
        ["diff", "--db", "DB", "2023", "2024"],
        ["diff", "--db", "DB", "--org", "総務省", "a.pdf", "b.pdf"],
    ])
    func usage(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }
}
