import BrochureKit
import Foundation

/// `brochure ingest`: stores files one by one, so a bad file is reported and the others are
/// still stored.
///
/// A failure of one file (not a PDF, invalid JSON…) is part of its `Result`; a failure of the
/// database (`StoreError` other than `invalidDocument`) is thrown, since every file after it
/// would fail the same way.
public struct Ingestor: Sendable {
    /// What happened to one file, and the lines to show for it.
    public struct Result: Sendable {
        public var path: String
        /// Nil when the file failed.
        public var outcome: IngestOutcome?
        /// For stderr: why the file failed, or why a stored document is left out of history.
        public var warnings: [String] = []
        /// For stdout: another edition of the same year is stored, and which one is current.
        public var notes: [String] = []
    }

    /// The counts of the summary line.
    public struct Summary: Sendable, Hashable {
        public var ingested = 0
        public var alreadyPresent = 0
        public var failed = 0

        public init() {}

        public mutating func add(_ result: Result) {
            switch result.outcome {
            case .ingested?: ingested += 1
            case .alreadyPresent?: alreadyPresent += 1
            case nil: failed += 1
            }
        }

        /// `ingested 7, already present 0, failed 1`.
        public var line: String { "ingested \(ingested), already present \(alreadyPresent), failed \(failed)" }
    }

    public let store: BrochureDatabase

    public init(store: BrochureDatabase) {
        self.store = store
    }

    /// Loads and stores the document in `path`.
    public func ingest(_ path: String) throws -> Result {
        var result = Result(path: path)
        let document: BrochureDocument
        do {
            document = try IngestInput.load(path)
        } catch let error as ExtractionError {
            result.warnings = [error.errorDescription ?? "\(path): \(error)"]
            return result
        } catch let error as StoreError {
            result.warnings = [error.errorDescription ?? "\(path): \(error)"]
            return result
        }
        let outcome = try store.ingest(document)
        result.outcome = outcome
        guard case .ingested(let edition, let others) = outcome else { return result }
        if !edition.isIdentified {
            let missing = [edition.organization == nil ? "organization" : nil, edition.editionYear == nil ? "edition year" : nil].compactMap { $0 }
            result.warnings = ["\(path): stored without an \(missing.joined(separator: " or ")), so history leaves it out"]
        } else if !others.isEmpty {
            result.notes = [Self.note(path: path, edition: edition, others: others)]
        }
        return result
    }

    /// Says which edition of the year is current now that `edition` has joined `others`.
    static func note(path: String, edition: StoredEdition, others: [StoredEdition]) -> String {
        let year = "\(edition.organization ?? "") \(edition.editionYear.map(String.init) ?? "")"
        if edition.isCurrent {
            let kept = others.map { "\($0.file) (\($0.asOf ?? "no date"))" }.joined(separator: ", ")
            return "\(path): now the current \(year) edition; also stored, superseded: \(kept)"
        }
        let current = others.first(where: \.isCurrent).map { "\($0.file) (\($0.asOf ?? "no date"))" } ?? "another file"
        return "\(path): stored as a superseded \(year) edition; \(current) stays current"
    }
}
