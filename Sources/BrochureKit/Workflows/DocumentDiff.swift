/// What `brochure diff` reports: the differences between two editions of a brochure.
///
/// A plain value made by `EditionDiff.compare(old:new:)` from two `BrochureDocument`s, so it does
/// not matter where the documents came from (PDFs, extracted JSON, a database of editions).
/// Its JSON form is the public contract, documented in `Schemas/diff.schema.json`.
public struct DocumentDiff: Sendable, Hashable, Codable {
    /// Which document one side of the comparison is: enough to tell editions apart in a report.
    public struct Side: Sendable, Hashable, Codable {
        public var file: String
        public var sha256: String
        public var organization: String?
        public var edition: BrochureDocument.Edition?

        public init(file: String, sha256: String, organization: String?, edition: BrochureDocument.Edition?) {
            self.file = file
            self.sha256 = sha256
            self.organization = organization
            self.edition = edition
        }

        public init(_ document: BrochureDocument) {
            self.init(
                file: document.source.file, sha256: document.source.sha256, organization: document.organization,
                edition: document.edition)
        }

        /// `soumu-2024.pdf (総務省, 2024-03)`: the one-line name used in headings.
        public var title: String {
            let details = [organization, edition?.asOf].compactMap { $0 }
            return details.isEmpty ? file : "\(file) (\(details.joined(separator: ", ")))"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(sha256, forKey: .sha256)
            try c.encode(organization, forKey: .organization)
            try c.encode(edition, forKey: .edition)
        }
    }

    public var schemaVersion: Int = 1
    public var old: Side
    public var new: Side
    /// Every difference, document fields first, then section by section, rows in their old
    /// order followed by rows only the new edition has.
    public var changes: [DiffChange]
    /// What an analyst looks for, derived from the changes and the hiring tables.
    public var notices: [DiffNotice]
    /// The new edition's women's share per year and track, with the old edition's beside it.
    public var womenShare: [WomenShare]

    public init(old: Side, new: Side, changes: [DiffChange], notices: [DiffNotice], womenShare: [WomenShare]) {
        self.old = old
        self.new = new
        self.changes = changes
        self.notices = notices
        self.womenShare = womenShare
    }

    /// Whether the editions differ: what decides `brochure diff`'s exit code (0 or 1). Every
    /// notice comes from a change, so the changes alone decide.
    public var hasDifferences: Bool { !changes.isEmpty }

    /// The names of the sections with changes, in the order the changes list them.
    public var changedSections: [String] {
        var seen: Set<String> = []
        return changes.map(\.section).filter { seen.insert($0).inserted }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(old, forKey: .old)
        try c.encode(new, forKey: .new)
        try c.encode(changes, forKey: .changes)
        try c.encode(notices, forKey: .notices)
        try c.encode(womenShare, forKey: .womenShare)
    }
}
