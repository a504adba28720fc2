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
}
