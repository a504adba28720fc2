/// One difference between two editions: a section, a row or a single field that was added,
/// removed or changed.
///
/// Rows are identified by a human-readable key rather than their position, so a row that moved
/// down a table is not a change, and the key is what an analyst would search for (`FY2024`,
/// `大臣官房`, `administrative/undergraduate/法律`). Old and new values are typed JSON, exactly as
/// `brochure extract` writes them.
public struct DiffChange: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Only in the new edition (a section, or a row of one).
        case added
        /// Only in the old edition.
        case removed
        /// In both, with another value.
        case changed
    }

    /// `document` for the organization and edition, otherwise the section's JSON name
    /// (`hiring`, `contacts`…).
    public var section: String
    /// The row's key; nil for a whole section or a section-level field.
    public var key: String?
    /// The field's path inside the row or section (`total.count`, `phones`); nil when a whole
    /// row or section was added or removed.
    public var field: String?
    public var kind: Kind
    /// The old value; `null` for an addition.
    public var old: JSONValue
    /// The new value; `null` for a removal.
    public var new: JSONValue
    /// The page the row or section is on in the old edition, when known.
    public var oldPage: Int?
    /// The page in the new edition, when known.
    public var newPage: Int?

    public init(
        section: String, key: String?, field: String?, kind: Kind, old: JSONValue, new: JSONValue,
        oldPage: Int? = nil, newPage: Int? = nil
    ) {
        self.section = section
        self.key = key
        self.field = field
        self.kind = kind
        self.old = old
        self.new = new
        self.oldPage = oldPage
        self.newPage = newPage
    }

    /// Every member is written, `null` included, so the JSON has one shape for all changes.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(section, forKey: .section)
        try c.encode(key, forKey: .key)
        try c.encode(field, forKey: .field)
        try c.encode(kind, forKey: .kind)
        try c.encode(old, forKey: .old)
        try c.encode(new, forKey: .new)
        try c.encode(oldPage, forKey: .oldPage)
        try c.encode(newPage, forKey: .newPage)
    }
}
