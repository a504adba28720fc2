/// One 採用窓口 entry: who to call or write to about one track.
public struct Contact: Sendable, Hashable, Codable {
    public struct Phone: Sendable, Hashable, Codable {
        public var number: String
        /// `直通`, `代表`, `内線21-164`.
        public var note: String?

        public init(number: String, note: String?) {
            self.number = number
            self.note = note
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(note, forKey: .note)
        }
    }

    public var track: Track
    /// The label as printed, normalised (`総合職事務系`).
    public var label: String
    /// The bracketed scope of a technical track (`情報通信行政`).
    public var specialty: String?
    public var office: String
    public var location: String?
    public var phones: [Phone]
    public var emails: [String]
    public var page: Int
    public var provenance: Provenance?
    /// Whether the office was read after its label on the label's own line (`〈事務系〉
    /// 埼玉県人事委員会事務局…`): cited so, the office is named whole, the publisher's name
    /// with it (`Contact.withoutPublisherLine`). Not part of the record.
    var officeOnLabelLine = false
    /// Whether only the document's figures can vouch for this contact as a recruiting one:
    /// read under a heading that names no recruiting (`お問い合わせ・アクセス`), it is kept
    /// only in a brochure that its hiring, assignment or exam figures show to be one
    /// (`BrochureExtractor`). Not part of the record.
    var needsFigures = false

    enum CodingKeys: String, CodingKey {
        case track, label, specialty, office, location, phones, emails, page, provenance
    }

    public init(
        track: Track, label: String, specialty: String?, office: String, location: String?, phones: [Phone],
        emails: [String], page: Int, provenance: Provenance? = nil
    ) {
        self.track = track
        self.label = label
        self.specialty = specialty
        self.office = office
        self.location = location
        self.phones = phones
        self.emails = emails
        self.page = page
        self.provenance = provenance
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(track, forKey: .track)
        try c.encode(label, forKey: .label)
        try c.encode(specialty, forKey: .specialty)
        try c.encode(office, forKey: .office)
        try c.encode(location, forKey: .location)
        try c.encode(phones, forKey: .phones)
        try c.encode(emails, forKey: .emails)
        try c.encode(page, forKey: .page)
        try c.encodeIfPresent(provenance, forKey: .provenance)
    }

    /// Whether `other` is this contact printed again: same label, office, phones and e-mails
    /// (wherever and on whichever page it stands).
    func sameContact(as other: Contact) -> Bool {
        label == other.label && office == other.office && emails == other.emails
            && phones.map(\.number) == other.phones.map(\.number)
    }
}
