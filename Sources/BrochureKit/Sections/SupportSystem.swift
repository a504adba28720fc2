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

    /// A name with its period in brackets after it (`育児休業（子が3歳に達するまで）`,
    /// `配偶者出産休暇（2日）`) → the name and the period: a reader looks the system up by its
    /// name, and the period is what the text around it would say.
    static func splitPeriod(_ title: String) -> (name: String, period: String?) {
        let compact = Normalized.compact(title)
        guard compact.last == ")", let open = compact.lastIndex(of: "("), open > compact.startIndex else { return (title, nil) }
        let inner = String(compact[compact.index(after: open)..<compact.index(before: compact.endIndex)])
        let isPeriod = !DurationFinder.find(in: inner).isEmpty || ["まで", "以内", "以上"].contains { inner.hasSuffix($0) }
        guard isPeriod, !inner.contains("(") else { return (title, nil) }
        return (String(compact[..<open]), inner)
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
