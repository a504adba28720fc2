import BrochureKit
import Foundation
import GRDB

/// The SQLite database `brochure ingest` fills and `history` and `diff` read: every stored
/// brochure as its validated JSON plus its figures in normalised tables.
///
/// The database is opened in WAL mode (a `DatabasePool`), and each document is written in one
/// transaction, so a crash or a failed insert part-way through leaves either the whole
/// document or nothing of it. Opening migrates an older database to the current schema.
public final class BrochureDatabase: Sendable {
    /// The database file, as given: messages name it the way the user typed it.
    public let path: String
    let pool: DatabasePool
    let rows: DocumentRows

    /// Opens the database at `path`, creating it unless `mustExist` (for commands that only
    /// read, where a new empty database would hide a mistyped path).
    public convenience init(path: String, mustExist: Bool = false) throws {
        try self.init(path: path, mustExist: mustExist, beforeInsert: nil)
    }

    /// `beforeInsert` is the tests' hook into `DocumentRows`.
    init(path: String, mustExist: Bool, beforeInsert: (@Sendable (_ table: String) throws -> Void)?) throws {
        self.path = path
        rows = DocumentRows(beforeInsert: beforeInsert)
        if mustExist && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.unusable(path: path, reason: "no such file; store brochures in it with brochure ingest --db \(path) first")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try pool.read { db in try Self.checkIsOurs(db, path: path) }
            // A command that only reads never turns an empty file into a database.
            if mustExist, try !pool.read({ db in try db.tableExists("documents") }) {
                throw StoreError.notADatabase(path: path, reason: "no brochure tables in it; store brochures in it with brochure ingest --db \(path) first")
            }
            try StoreSchema.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError(error, path: path) ?? error
        }
    }

    /// Refuses another program's SQLite database (tables but no `documents`) rather than adding
    /// our tables to it, and a database a newer `brochure` has migrated further than we can read.
    ///
    /// The migrator's own bookkeeping table alone is ours, interrupted: the migrator creates it
    /// before the first migration's transaction, so an `ingest` killed between the two leaves it
    /// behind, and the next `ingest` must finish the schema rather than refuse the file.
    private static func checkIsOurs(_ db: Database, path: String) throws {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if tables.contains(where: { $0 != "grdb_migrations" }) && !tables.contains("documents") {
            throw StoreError.notADatabase(path: path, reason: "an SQLite database of another program, with tables \(tables.sorted().joined(separator: ", "))")
        }
        let known = Set(StoreSchema.migrator.migrations)
        let unknown = try StoreSchema.migrator.appliedIdentifiers(db).subtracting(known)
        if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown.sorted()) }
    }

    /// Runs `body`, turning SQLite failures the user can act on into `StoreError`s.
    func perform<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(error, path: path) ?? error
        }
    }

    // MARK: Writing

    /// Stores `document` with all its rows in one transaction, unless a document with the same
    /// SHA-256 is already stored: ingesting the same brochure twice changes nothing.
    public func ingest(_ document: BrochureDocument) throws -> IngestOutcome {
        let json = try JSONOutput.encode(document, pretty: false)
        return try perform {
            try pool.write { db in
                if let stored = try DocumentRecord.filter(DocumentRecord.CodingKeys.sha256 == document.source.sha256).fetchOne(db) {
                    let edition = try Self.editions(db, sameAs: stored).first { $0.id == stored.id }
                    return .alreadyPresent(edition ?? StoredEdition(stored, isCurrent: false))
                }
                var record = DocumentRecord(document, json: json, ingestedAt: Date())
                try rows.beforeInsert?(DocumentRecord.databaseTableName)
                try record.insert(db)
                try rows.insert(document, id: record.id!, into: db)
                let sameEdition = try Self.editions(db, sameAs: record)
                let stored = sameEdition.first { $0.id == record.id } ?? StoredEdition(record, isCurrent: false)
                return .ingested(stored, others: sameEdition.filter { $0.id != record.id })
            }
        }
    }

    /// The editions stored for `record`'s organization and year (just `record` when it is
    /// unidentified), marked current or not.
    private static func editions(_ db: Database, sameAs record: DocumentRecord) throws -> [StoredEdition] {
        guard let organization = record.organization, let year = record.editionYear else {
            return [StoredEdition(record, isCurrent: false)]
        }
        let records = try DocumentRecord.summaries
            .filter(DocumentRecord.CodingKeys.organization == organization && DocumentRecord.CodingKeys.editionYear == year)
            .fetchAll(db)
        return StoredEdition.marking(records)
    }

    // MARK: Reading

    /// Every stored document, identified or not, oldest edition first within an organization.
    public func editions() throws -> [StoredEdition] {
        try perform { try pool.read { db in StoredEdition.marking(try DocumentRecord.summaries.fetchAll(db)) } }
    }

    /// The stored editions of `organization`, superseded ones included (see `isCurrent`).
    public func editions(organization: String) throws -> [StoredEdition] {
        let editions = try perform {
            try pool.read { db in
                StoredEdition.marking(try DocumentRecord.summaries
                    .filter(DocumentRecord.CodingKeys.organization == organization && DocumentRecord.CodingKeys.editionYear != nil)
                    .fetchAll(db))
            }
        }
        if editions.isEmpty { throw StoreError.unknownOrganization(organization, present: try organizations()) }
        return editions
    }

    /// The organizations with at least one identified edition, sorted.
    public func organizations() throws -> [String] {
        try perform {
            try pool.read { db in
                try String.fetchAll(db, sql: "SELECT DISTINCT organization FROM documents WHERE organization IS NOT NULL AND editionYear IS NOT NULL ORDER BY organization")
            }
        }
    }

    /// The current stored edition of `organization` for `editionYear`, decoded from the stored
    /// JSON: exactly the document `brochure extract` writes for that PDF (boxes at its 0.01 pt),
    /// which is what `brochure diff --db` compares without the PDFs.
    public func document(organization: String, editionYear: Int) throws -> BrochureDocument {
        let editions = try editions(organization: organization)
        guard let current = editions.first(where: { $0.editionYear == editionYear && $0.isCurrent }) else {
            let years = Set(editions.compactMap(\.editionYear)).sorted()
            throw StoreError.editionNotFound(organization: organization, year: editionYear, present: years)
        }
        return try document(current)
    }

    /// Any stored edition, superseded ones too, decoded from its stored JSON.
    public func document(_ edition: StoredEdition) throws -> BrochureDocument {
        let json = try perform { try pool.read { db in try String.fetchOne(db, sql: "SELECT json FROM documents WHERE id = ?", arguments: [edition.id]) } }
        guard let json else { throw StoreError.unusable(path: path, reason: "\(edition.name) is no longer stored") }
        do {
            return try JSONDecoder().decode(BrochureDocument.self, from: Data(json.utf8))
        } catch {
            throw StoreError.notADatabase(path: path, reason: "the stored JSON of \(edition.name) does not decode: \(error)")
        }
    }

    /// How many rows each table holds, for tests and for checking that re-ingesting adds none.
    public func rowCounts() throws -> [String: Int] {
        try perform {
            try pool.read { db in
                var counts: [String: Int] = [:]
                for table in StoreSchema.tables {
                    counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
                }
                return counts
            }
        }
    }
}
