@testable import BrochureKit

extension DocumentLayout {
    /// A document of one laid-out page, as the segmenter's tests read it: the source's name
    /// and metadata play no part in what they check.
    static func onePage(_ page: PageLayout) -> DocumentLayout {
        DocumentLayout(source: "t.pdf", info: DocumentInfo(pageCount: 1, title: nil, producer: nil, creator: nil, creationDate: nil), pages: [page])
    }
}
