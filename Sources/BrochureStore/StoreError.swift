import BrochureKit
import Foundation
import GRDB

/// Why the store cannot do what was asked, each with an exit code of its own so scripts can
/// tell a wrong `--db` from a wrong `--org`.
///
/// `ingest` reports a problem with one input file (`invalidDocument`, or an `ExtractionError`
/// for a PDF) and goes on with the others; the other cases stop the command, because every
/// file after it would fail the same way.
public enum StoreError: LocalizedError, Equatable, Sendable {
    /// An input file `ingest` cannot store that is not an `ExtractionError`: a JSON file that is
    /// not a brochure document, or an encrypted PDF (ingest takes no password).
    case invalidDocument(path: String, reason: String)
    /// The file exists but is not a BrochureKit database: not SQLite, damaged, or another
    /// program's SQLite database.
    case notADatabase(path: String, reason: String)
    /// Written by a newer `brochure`: it has migrations this version does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The database cannot be opened, created or written (folder missing, permissions, locked,
    /// disk full), or does not exist where it must.
    case unusable(path: String, reason: String)
    /// No identified edition of this organization is stored.
    case unknownOrganization(String, present: [String])
    /// The organization is stored, but not this edition year.
    case editionNotFound(organization: String, year: Int, present: [Int])

    public var errorDescription: String? {
        switch self {
        case .invalidDocument(let path, let reason):
            return "\(path): \(reason)"
        case .notADatabase(let path, let reason):
            return "\(path): not a BrochureKit database (\(reason)); give another --db or move the file away"
        case .newerSchema(let path, let unknown):
            return "\(path): written by a newer brochure (unknown migrations \(unknown.joined(separator: ", "))); upgrade brochure to read it"
        case .unusable(let path, let reason):
            return "\(path): cannot use the database: \(reason)"
        case .unknownOrganization(let name, let present):
            let stored = present.isEmpty ? "none is stored yet; run brochure ingest first" : "stored: \(present.joined(separator: ", "))"
            return "no edition of \(name) is stored (\(stored))"
        case .editionNotFound(let organization, let year, let present):
            return "no \(year) edition of \(organization) is stored (stored: \(present.map(String.init).joined(separator: ", ")))"
        }
    }

    /// The process exit code documented in the README.
    public var exitCode: Int32 {
        switch self {
        case .invalidDocument: return 11
        case .notADatabase, .newerSchema: return 20
        case .unusable: return 21
        case .unknownOrganization, .editionNotFound: return 22
        }
    }

    /// The `StoreError` an SQLite failure means for the user, or nil for a failure that can
    /// only be a bug (a constraint we broke ourselves), which is left as it is.
    init?(_ error: DatabaseError, path: String) {
        let message = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            self = .notADatabase(path: path, reason: message)
        case .SQLITE_CANTOPEN:
            self = .unusable(path: path, reason: "SQLite cannot open or create it (\(message)); check that its folder exists and that it is not a directory")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            self = .unusable(path: path, reason: "it cannot be written (\(message)); check its permissions and its folder's")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .unusable(path: path, reason: "another process holds it locked (\(message)); try again when it is done")
        case .SQLITE_FULL:
            self = .unusable(path: path, reason: "the disk is full (\(message))")
        case .SQLITE_IOERR, .SQLITE_NOMEM:
            self = .unusable(path: path, reason: message)
        default:
            return nil
        }
    }
}
