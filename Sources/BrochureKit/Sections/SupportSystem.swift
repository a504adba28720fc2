/// A support system (両立支援制度) with the durations its description gives.
public struct SupportSystem: Sendable, Hashable, Codable {
    public var name: String
    public var summary: String
    public var durations: [DurationMention]
    public var page: Int
    public var provenance: Provenance?

    public init(name: String, summary: String, durations: [DurationMention], page: Int, provenance: Provenance? = nil) {
        self.name = name
        self.summary = summary
        self.durations = durations
        self.page = page
        self.provenance = provenance
    }

    /// Whether a would-be name is a length of time with at most a two-character qualifier
    /// (`最長3年`, `5日以内`, `通算6か月まで`): the value a menu sets right of a system's name,
    /// read apart from it, never the name of a system.
    static func isDurationValue(_ name: String) -> Bool {
        let compact = Normalized.compact(name)
        let mentions = DurationFinder.find(in: compact)
        guard !mentions.isEmpty else { return false }
        let rest = mentions.reduce(compact) { text, mention in text.replacing(mention.text, with: "") }
        return rest.count <= 2
    }
}
