import BrochureKit
import Foundation
import Testing
@testable import BrochureStore

/// Files given to `ingest`: directories walked, JSON validated, a bad file failing alone.
@Suite("Ingesting files")
struct IngestorTests {
    @Test("directories are walked recursively for PDF and JSON files, in path order")
    func walk() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nested = dir.appendingPathComponent("2024/leaflets")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        for name in ["b.pdf", "a.JSON", "notes.txt", "2024/x.pdf", "2024/leaflets/y.json", ".hidden.pdf"] {
            #expect(FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data()))
        }
        let root = dir.path
        #expect(IngestInput.files([root, "/no/such.pdf"]) == [
            "\(root)/2024/leaflets/y.json", "\(root)/2024/x.pdf", "\(root)/a.JSON", "\(root)/b.pdf", "/no/such.pdf",
        ])
    }

    @Test("extract's JSON is stored like the PDF it came from; other files fail alone with their name and reason")
    func files() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ingestor = Ingestor(store: try StoreSamples.database(in: dir))
        let document = StoreSamples.document(sha: 1, year: 2024, asOf: "2024-03", rows: [StoreSamples.row(2024, planned: true, admin: (48, 16), tech: (7, 1))])
        let good = dir.appendingPathComponent("good.json").path
        try JSONOutput.encode(document).write(toFile: good, atomically: true, encoding: .utf8)
        let broken = dir.appendingPathComponent("broken.json").path
        try #"{"schemaVersion": 1, "sections": {}}"#.write(toFile: broken, atomically: true, encoding: .utf8)
        let notJSON = dir.appendingPathComponent("truncated.json").path
        try #"{"schemaVersion": "#.write(toFile: notJSON, atomically: true, encoding: .utf8)

        let stored = try ingestor.ingest(good)
        #expect(stored.outcome?.edition.sha256 == document.source.sha256 && stored.warnings.isEmpty)
        #expect(try ingestor.store.document(organization: "総務省", editionYear: 2024) == document)
        var summary = Ingestor.Summary()
        summary.add(stored)
        for path in [broken, notJSON, dir.appendingPathComponent("missing.pdf").path] {
            let failed = try ingestor.ingest(path)
            #expect(failed.outcome == nil)
            #expect(failed.warnings.count == 1 && failed.warnings[0].hasPrefix("\(path): "), "\(failed.warnings)")
            summary.add(failed)
        }
        summary.add(try ingestor.ingest(good))
        #expect(summary.line == "ingested 1, already present 1, failed 3")
        #expect(try ingestor.store.rowCounts()["documents"] == 1)
    }

    @Test("an unidentified document is stored with one warning line")
    func unidentifiedWarning() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ingestor = Ingestor(store: try StoreSamples.database(in: dir))
        var document = StoreSamples.document(sha: 1, organization: nil, year: nil, asOf: nil, rows: [])
        document.sections.assignments = nil
        let path = dir.appendingPathComponent("anonymous.json").path
        try JSONOutput.encode(document).write(toFile: path, atomically: true, encoding: .utf8)
        let result = try ingestor.ingest(path)
        #expect(result.outcome != nil)
        #expect(result.warnings == ["\(path): stored without an organization or edition year, so history leaves it out"])
    }
}
