/// What storing one document did.
public enum IngestOutcome: Sendable, Hashable {
    /// Stored now. `others` are the other stored files of the same organization and year,
    /// so a second edition of a year is never added (or superseded) silently.
    case ingested(StoredEdition, others: [StoredEdition])
    /// A document with the same SHA-256 was stored before; nothing was written.
    case alreadyPresent(StoredEdition)

    public var edition: StoredEdition {
        switch self {
        case .ingested(let edition, _), .alreadyPresent(let edition): return edition
        }
    }
}
