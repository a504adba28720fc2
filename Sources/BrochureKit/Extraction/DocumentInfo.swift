/// What a PDF says about itself: page count and the metadata a reader uses to tell editions apart.
public struct DocumentInfo: Sendable, Codable, Hashable {
    public var pageCount: Int
    public var title: String?
    public var producer: String?
    public var creator: String?
    /// ISO 8601, UTC.
    public var creationDate: String?

    public init(
        pageCount: Int, title: String?, producer: String?, creator: String?, creationDate: String? 
    ) {
        self.pageCount = pageCount
        self.title = title
        self.producer = producer
        self.creator = creator
        self.creationDate = creationDate
    }
}
