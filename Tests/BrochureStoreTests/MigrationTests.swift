import Foundation
import GRDB
import Testing
@testable import BrochureStore

/// Opening a database: the migrator builds the schema on an empty file, and files that are not
/// our database are refused with the documented errors instead of being changed.
@Suite("Migrations and opening a database")
struct MigrationTests {
    @Test("an empty database gets every migration, every table, cascading keys and the history indexes")
    func emptyDatabase() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try StoreSamples.database(in: dir)
        try store.pool.read { db in
            #expect(try StoreSchema.migrator.appliedMigrations(db) == ["v1"])
            #expect(try StoreSchema.migrator.hasCompletedMigrations(db))
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'")
            #expect(Set(tables) == Set(StoreSchema.tables))
            for table in StoreSchema.tables where table != "documents" {
                let keys = try Row.fetchAll(db, sql: "SELECT * FROM pragma_foreign_key_list(?)", arguments: [table])
                #expect(keys.count == 1, "\(table)")
                #expect(keys.allSatisfy { $0["on_delete"] == "CASCADE" }, "\(table)")
            }
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
            #expect(indexes.contains("documents_on_edition"))
            #expect(indexes.contains("hiring_on_document"))
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
        }
        #expect(try store.rowCounts().values.allSatisfy { $0 == 0 })
    }

    @Test("opening again leaves the schema as it is")
    func reopen() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try StoreSamples.database(in: dir).ingest(StoreSamples.document(sha: 1, year: 2024, asOf: "2024-03", rows: []))
        let again = try StoreSamples.database(in: dir)
        #expect(try again.rowCounts()["documents"] == 1)
        #expect(try again.pool.read { try StoreSchema.migrator.appliedMigrations($0) } == ["v1"])
    }

    @Test("a file that is not SQLite is refused and left unchanged")
    func notSQLite() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("notes.txt").path
        let bytes = Data("just some notes, not a database at all\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect { try BrochureDatabase(path: path) } throws: { error in
            guard case .notADatabase(let failing, _)? = error as? StoreError else { return false }
            return failing == path && (error as? StoreError)?.exitCode == 20
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("another program's SQLite database is refused, not given our tables")
    func foreignDatabase() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER)") }
        #expect(throws: StoreError.notADatabase(path: path, reason: "an SQLite database of another program, with tables invoices")) {
            try BrochureDatabase(path: path)
        }
        let tables = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(tables == ["invoices"])
    }

    @Test("a database whose creation was interrupted after the migrator's own table is completed, not refused")
    func interruptedCreation() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("b.sqlite").path
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)") }
        let store = try BrochureDatabase(path: path)
        #expect(try store.pool.read { try StoreSchema.migrator.appliedMigrations($0) } == ["v1"])
        #expect(try store.rowCounts()["documents"] == 0)
    }

    @Test("a database a newer brochure migrated further is refused")
    func newerSchema() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try StoreSamples.database(in: dir).path
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["v99"])) { try BrochureDatabase(path: path) }
    }

    @Test("a missing folder, a directory, or a missing database that must exist is unusable (exit 21)")
    func unusable() throws {
        let dir = try StoreSamples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (path, mustExist) in [(dir.appendingPathComponent("no/such/folder.sqlite").path, false), (dir.path, false),
                                  (dir.appendingPathComponent("absent.sqlite").path, true)] {
            #expect(performing: { try BrochureDatabase(path: path, mustExist: mustExist) }, throws: { error in
                guard case .unusable(let failing, _)? = error as? StoreError else { return false }
                return failing == path && (error as? StoreError)?.exitCode == 21
            })
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("absent.sqlite").path))
    }
}
