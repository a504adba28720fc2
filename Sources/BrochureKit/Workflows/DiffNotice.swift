/// Something an analyst looks for between two editions, said in one sentence with the numbers.
///
/// Changes list every value that moved; notices pick out the few that mean something: how a
/// planned intake turned out, a bureau that appeared or went, a contact that moved, the women's
/// share of a year revised. Each carries typed values too, so a report can be built from the
/// JSON without parsing the sentence.
public struct DiffNotice: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A year planned in the old edition (R6（予定数）) is an actual figure in the new one.
        case plannedVsActual
        /// A unit receives new hires in the new edition's assignments and did not in the old.
        case unitAppeared
        /// A unit in the old edition's assignments is missing from the new one's.
        case unitDisappeared
        /// A contact's office, location (floor), phones or e-mails changed.
        case contactChanged
        /// The women's share of one year and track differs between the editions.
        case womenShare

        /// The words used in tables and reports.
        public var title: String {
            switch self {
            case .plannedVsActual: return "planned vs actual"
            case .unitAppeared: return "unit appeared"
            case .unitDisappeared: return "unit disappeared"
            case .contactChanged: return "contact changed"
            case .womenShare: return "women's share"
            }
        }
    }

    public var kind: Kind
    /// The section the notice is about (`hiring`, `assignments`, `contacts`).
    public var section: String
    /// The row's key, as in `DiffChange.key` (`FY2024`, `国際戦略局`, `technical/情報通信行政`).
    public var key: String
    /// `total`, `administrative` or `technical` for hiring notices; the contact's track for
    /// contact notices; nil for units.
    public var track: String?
    /// The contact field that changed (`phones`, `location`…); nil for the other kinds.
    public var field: String?
    /// The old value: the planned `{count, women}`, the old percentage, the old field value;
    /// `null` for a unit that appeared.
    public var old: JSONValue
    /// The new value, likewise; `null` for a unit that disappeared.
    public var new: JSONValue
    /// New minus old: heads for plannedVsActual, percentage points for womenShare; nil otherwise.
    public var delta: JSONValue
    /// The notice in plain English with its numbers.
    public var message: String

    public init(
        kind: Kind, section: String, key: String, track: String? = nil, field: String? = nil,
        old: JSONValue, new: JSONValue, delta: JSONValue = .null, message: String
    ) {
        self.kind = kind
        self.section = section
        self.key = key
        self.track = track
        self.field = field
        self.old = old
        self.new = new
        self.delta = delta
        self.message = message
    }

    /// Every member is written, `null` included, so all notices have one shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(section, forKey: .section)
        try c.encode(key, forKey: .key)
        try c.encode(track, forKey: .track)
        try c.encode(field, forKey: .field)
        try c.encode(old, forKey: .old)
        try c.encode(new, forKey: .new)
        try c.encode(delta, forKey: .delta)
        try c.encode(message, forKey: .message)
    }
}
