import BrochureKit
import Foundation
import Testing
@testable import BrochureStore

/// Storing documents: exact round trips, idempotency by SHA-256, editions of the same year,
/// unidentified documents, and all-or-nothing transactions.
@Suite("Ingesting documents")
struct IngestTests {
    struct InjectedFailure: Error {}

    @Test("a real brochure with provenance is stored in every table and decodes back exactly")
    func roundTrip() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try StoreSamples.database(in: dir)
        let document = try BrochureExtractor(provenance: true).extract(PDFDocument(path: StoreSamples.fixture("soumu-2024")))
        guard case .ingested(let edition, let others) = try store.ingest(document) else {
            Issue.record("not ingested")
            return
        }
        #expect(edition.isCurrent && edition.isIdentified && others.isEmpty)
        #expect(edition.organization == "総務省" && edition.editionYear == 2024 && edition.asOf == "2024-03")
        // Exactly the document extract writes: the same JSON, and boxes at its 0.01 pt.
        let loaded = try store.document(organization: "総務省", editionYear: 2024)
        #expect(try JSONOutput.encode(loaded) == JSONOutput.encode(document))
        #expect(try loaded == JSONDecoder().decode(BrochureDocument.self, from: Data(JSONOutput.encode(document).utf8)))
        #expect(loaded.sections.hiring?.rows.allSatisfy { $0.provenance != nil } == true)
        let counts = try store.rowCounts()
        let sections = document.sections
        #expect(counts["hiring"] == sections.hiring?.rows.count)
        #expect(counts["assignments"] == sections.assignments?.rows.count)
        #expect(counts["examEntries"] == sections.examBreakdown?.entries.count)
        #expect(counts["contacts"] == sections.contacts?.count)
        #expect(counts["contactPhones"] == sections.contacts?.reduce(0) { $0 + $1.phones.count })
        #expect(counts["contactEmails"] == sections.contacts?.reduce(0) { $0 + $1.emails.count })
        #expect(counts["routes"] == sections.access?.routes.count)
        #expect(counts["initiatives"] == sections.initiatives?.count)
    }

    @Test("the same document twice is already present and adds no row")
    func idempotent() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try StoreSamples.database(in: dir)
        let document = StoreSamples.document(sha: 1, year: 2024, asOf: "2024-03", rows: [StoreSamples.row(2024, planned: true, admin: (48, 16), tech: (7, 1))])
        let first = try store.ingest(document)
        let counts = try store.rowCounts()
        #expect(counts.values.allSatisfy { $0 > 0 }, "\(counts)")
        let second = try store.ingest(document)
        #expect(second == .alreadyPresent(first.edition))
        #expect(try store.rowCounts() == counts)
    }

    @Test("two files of one organization and year are both kept; the newer as-of date is current, whatever the order")
    func twoEditionsSameYear() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try StoreSamples.database(in: dir)
        let march = StoreSamples.document(sha: 1, year: 2024, asOf: "2024-03", rows: [StoreSamples.row(2023, admin: (61, 20), tech: (9, 3))])
        let april = StoreSamples.document(sha: 2, year: 2024, asOf: "2024-04", rows: [StoreSamples.row(2023, admin: (62, 20), tech: (9, 3))])
        _ = try store.ingest(april)
        guard case .ingested(let older, let others) = try store.ingest(march) else {
            Issue.record("not ingested")
            return
        }
        #expect(!older.isCurrent)
        #expect(others.map(\.file) == ["sample-2.pdf"] && others[0].isCurrent)
        #expect(Ingestor.note(path: "march.pdf", edition: older, others: others).contains("sample-2.pdf (2024-04) stays current"))
        #expect(try store.editions(organization: "総務省").map(\.isCurrent) == [false, true])
        #expect(try store.document(organization: "総務省", editionYear: 2024) == april)
        #expect(try store.history(organization: "総務省").fiscalYears[0].figures.map(\.total?.count) == [71])
        #expect(try store.history(organization: "総務省", allEditions: true).fiscalYears[0].figures.map(\.edition.current) == [false, true])
    }

    @Test("with the same as-of date, the file ingested later is current")
    func sameAsOfLaterWins() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try StoreSamples.database(in: dir)
        _ = try store.ingest(StoreSamples.document(sha: 1, year: 2024, asOf: "2024-03", rows: [], file: "brochure.pdf"))
        let leaflet = try store.ingest(StoreSamples.document(sha: 2, year: 2024, asOf: "2024-03", rows: [], file: "leaflet.pdf"))
        #expect(leaflet.edition.isCurrent)
        #expect(try store.editions(organization: "総務省").filter(\.isCurrent).map(\.file) == ["leaflet.pdf"])
    }

    @Test("a document without organization or edition is stored, flagged, and left out of history")
    func unidentified() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try StoreSamples.database(in: dir)
        var anonymous = StoreSamples.document(sha: 1, organization: nil, year: 2024, asOf: "2024-03", rows: [StoreSamples.row(2023, admin: (1, 0), tech: (1, 0))])
        anonymous.sections.assignments = nil
        let outcome = try store.ingest(anonymous)
        #expect(!outcome.edition.isIdentified && !outcome.edition.isCurrent)
        #expect(try store.organizations().isEmpty)
        #expect(throws: StoreError.unknownOrganization("総務省", present: [])) { try store.history(organization: "総務省") }
        #expect(try store.editions().count == 1)

        var undated = StoreSamples.document(sha: 2, year: nil, asOf: nil, rows: [])
        undated.sections.assignments = nil
        #expect(try store.ingest(undated).edition.editionYear == nil)
        #expect(try store.organizations().isEmpty)
    }

    @Test("without an edition, the assignments section's as-of date gives the year")
    func editionFromAssignments() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try StoreSamples.database(in: dir)
        let document = StoreSamples.document(sha: 1, year: nil, asOf: nil, rows: [])
        var dated = document
        dated.sections.assignments?.asOf = "2023-04"
        let edition = try store.ingest(dated).edition
        #expect(edition.editionYear == 2023 && edition.asOf == "2023-04" && edition.isCurrent)
    }

    @Test("an insert failing half-way through a document leaves nothing of it", arguments: ["documents", "hiring", "contactEmails", "routeLines", "warnings"])
    func failureMidIngest(_ failingTable: String) throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let document = StoreSamples.document(sha: 1, year: 2024, asOf: "2024-03", rows: [StoreSamples.row(2024, planned: true, admin: (48, 16), tech: (7, 1))])
        let failing = try StoreSamples.database(in: dir) { table in
            if table == failingTable { throw InjectedFailure() }
        }
        #expect(throws: InjectedFailure.self) { try failing.ingest(document) }
        #expect(try failing.rowCounts().values.allSatisfy { $0 == 0 })
        // A fresh connection sees the same: nothing was committed, and the file still works.
        let reopened = try StoreSamples.database(in: dir)
        #expect(try reopened.rowCounts().values.allSatisfy { $0 == 0 })
        #expect(try reopened.ingest(document) == .ingested(try reopened.editions()[0], others: []))
    }

    @Test("deleting a document deletes its rows (foreign keys cascade)")
    func cascade() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try StoreSamples.database(in: dir)
        _ = try store.ingest(StoreSamples.document(sha: 1, year: 2024, asOf: "2024-03", rows: [StoreSamples.row(2024, admin: (1, 0), tech: (1, 0))]))
        try store.pool.write { try $0.execute(sql: "DELETE FROM documents") }
        #expect(try store.rowCounts().values.allSatisfy { $0 == 0 })
    }

    @Test("the loader names what is stored when the organization or year is not")
    func loaderErrors() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try StoreSamples.database(in: dir)
        _ = try store.ingest(StoreSamples.document(sha: 1, year: 2024, asOf: "2024-03", rows: []))
        _ = try store.ingest(StoreSamples.document(sha: 2, year: 2025, asOf: "2025-03", rows: []))
        #expect(throws: StoreError.editionNotFound(organization: "総務省", year: 2023, present: [2024, 2025])) {
            try store.document(organization: "総務省", editionYear: 2023)
        }
        #expect(throws: StoreError.unknownOrganization("文部科学省", present: ["総務省"])) {
            try store.document(organization: "文部科学省", editionYear: 2024)
        }
        #expect(StoreError.unknownOrganization("文部科学省", present: ["総務省"]).errorDescription == "no edition of 文部科学省 is stored (stored: 総務省)")
    }
}
