/// What `brochure extract` prints: one brochure as validated, structured JSON.
///
/// Field names are the public contract, documented in `Schemas/brochure.schema.json`.
public struct BrochureDocument: Sendable, Hashable, Codable {
    public struct Source: Sendable, Hashable, Codable {
        /// The file's base name.
        public var file: String
        /// SHA-256 of the file's bytes, hex: the same brochure re-downloaded is recognised.
        public var sha256: String
        public var pageCount: Int

        public init(file: String, sha256: String, pageCount: Int) {
            self.file = file
            self.sha256 = sha256
            self.pageCount = pageCount
        }
    }

    public struct Edition: Sendable, Hashable, Codable {
        /// The Gregorian year of the newest `…現在` date.
        public var year: Int
        /// `YYYY-MM` of that date.
        public var asOf: String

        public init(year: Int, asOf: String) {
            self.year = year
            self.asOf = asOf
        }
    }

    public var schemaVersion: Int = 1
    public var source: Source
    /// The ministry or agency publishing the brochure (`総務省`).
    public var organization: String?
    public var edition: Edition?
    public var sections: SectionSet
    public var warnings: [ExtractionWarning]

    public init(source: Source, organization: String?, edition: Edition?, sections: SectionSet, warnings: [ExtractionWarning]) {
        self.source = source
        self.organization = organization
        self.edition = edition
        self.sections = sections
        self.warnings = warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(source, forKey: .source)
        try c.encode(organization, forKey: .organization)
        try c.encode(edition, forKey: .edition)
        try c.encode(sections, forKey: .sections)
        try c.encode(warnings, forKey: .warnings)
    }
}
