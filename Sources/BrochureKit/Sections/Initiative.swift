/// A work-style initiative (働き方改革の取組): a title and what it does.
public struct Initiative: Sendable, Hashable, Codable {
    public var title: String
    public var summary: String
    public var page: Int
    public var provenance: Provenance?

    public init(title: String, summary: String, page: Int, provenance: Provenance? = nil) {
        self.title = title
        self.summary = summary
        self.page = page
        self.provenance = provenance
    }
}
