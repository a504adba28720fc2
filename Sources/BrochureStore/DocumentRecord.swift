import BrochureKit
import Foundation
import GRDB

/// One row of `documents`: a stored brochure, the edition it is, and its whole JSON.
///
/// Internal: callers see `StoredEdition` (without the JSON) and `BrochureDocument` (decoded
/// from it), so the table can change without changing the API.
struct DocumentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "documents"

    var id: Int64?
    var sha256: String
    var file: String
    var organization: String?
    var editionYear: Int?
    var asOf: String?
    var pageCount: Int
    var ingestedAt: Date
    var toolVersion: String
    var json: String

    /// Every row without its `json`, for listing editions without reading every document.
    static var summaries: QueryInterfaceRequest<DocumentRecord> {
        select(CodingKeys.allCases.filter { $0 != .json }.map { Column($0) })
    }

    enum CodingKeys: String, CodingKey, ColumnExpression, CaseIterable {
        case id, sha256, file, organization, editionYear, asOf, pageCount, ingestedAt, toolVersion, json
    }

    /// The row for `document`; `json` is its validated encoding, which decodes back to it.
    ///
    /// The edition is `document.edition`; when the extractor found no `…現在` date for the
    /// whole brochure, the assignments section's own date stands in. Without an organization
    /// or a year the document is stored but unidentified, and left out of history.
    init(_ document: BrochureDocument, json: String, ingestedAt: Date) {
        let asOf = document.edition?.asOf ?? document.sections.assignments?.asOf
        let organization = document.organization?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.sha256 = document.source.sha256
        self.file = document.source.file
        self.organization = organization?.isEmpty == false ? organization : nil
        self.editionYear = document.edition?.year ?? asOf.flatMap { Int($0.prefix(4)) }
        self.asOf = asOf
        self.pageCount = document.source.pageCount
        self.ingestedAt = ingestedAt
        self.toolVersion = BrochureKitVersion.string
        self.json = json
    }

    /// A row read through `summaries` has no `json` column; decoding would fail, so those
    /// rows are read through this initialiser.
    init(row: Row) throws {
        id = row[CodingKeys.id]
        sha256 = row[CodingKeys.sha256]
        file = row[CodingKeys.file]
        organization = row[CodingKeys.organization]
        editionYear = row[CodingKeys.editionYear]
        asOf = row[CodingKeys.asOf]
        pageCount = row[CodingKeys.pageCount]
        ingestedAt = row[CodingKeys.ingestedAt]
        toolVersion = row[CodingKeys.toolVersion]
        json = row.hasColumn(CodingKeys.json.rawValue) ? row[CodingKeys.json] : ""
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
