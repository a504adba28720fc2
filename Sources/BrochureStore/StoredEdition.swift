import Foundation

/// One stored brochure as `ingest` and `history` name it: which organization's edition of
/// which year, from which file, and whether it is the current one.
///
/// Two different files can be the same organization's edition of the same year (a brochure
/// and its leaflet, or a corrected reprint). Both are kept; the current one is the newest by
/// `asOf`, then by ingest time, so re-ingesting never hides an edition silently.
public struct StoredEdition: Sendable, Hashable, Codable {
    public var id: Int64
    /// SHA-256 of the brochure PDF: the identity that makes ingest idempotent.
    public var sha256: String
    /// The PDF's base name (for an ingested JSON file, the PDF it was extracted from).
    public var file: String
    public var organization: String?
    public var editionYear: Int?
    /// `YYYY-MM` of the edition's `…現在` date.
    public var asOf: String?
    public var pageCount: Int
    public var ingestedAt: Date
    /// The `brochure` version that stored it.
    public var toolVersion: String
    /// The newest stored edition of its organization and year.
    public var isCurrent: Bool

    /// Whether history can place it: it has an organization and an edition year.
    public var isIdentified: Bool { organization != nil && editionYear != nil }

    /// `総務省 2024 (2024-03) soumu-2024.pdf`, for messages.
    public var name: String {
        let year = editionYear.map(String.init) ?? "no edition year"
        return "\(organization ?? "no organization") \(year)\(asOf.map { " (\($0))" } ?? "") \(file)"
    }

    init(_ record: DocumentRecord, isCurrent: Bool) {
        id = record.id ?? 0
        sha256 = record.sha256
        file = record.file
        organization = record.organization
        editionYear = record.editionYear
        asOf = record.asOf
        pageCount = record.pageCount
        ingestedAt = record.ingestedAt
        toolVersion = record.toolVersion
        self.isCurrent = isCurrent
    }

    /// The order editions are listed in: by organization and year, then oldest to newest by
    /// `asOf`, ingest time, and insertion order for files ingested in the same millisecond.
    static func sortKey(_ r: DocumentRecord) -> (String, Int, String, Date, Int64) {
        (r.organization ?? "", r.editionYear ?? 0, r.asOf ?? "", r.ingestedAt, r.id ?? 0)
    }

    /// `records` as editions, each marked current when it is the newest of its organization
    /// and year; unidentified records are never current. Ordered oldest edition first.
    static func marking(_ records: [DocumentRecord]) -> [StoredEdition] {
        let sorted = records.sorted { sortKey($0) < sortKey($1) }
        var newest: [String: Int64] = [:]
        for record in sorted {
            guard let organization = record.organization, let year = record.editionYear, let id = record.id else { continue }
            newest["\(organization)\u{0}\(year)"] = id
        }
        let currentIDs = Set(newest.values)
        return sorted.map { StoredEdition($0, isCurrent: $0.id.map(currentIDs.contains) ?? false) }
    }
}
