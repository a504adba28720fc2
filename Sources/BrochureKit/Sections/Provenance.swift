/// Where a value came from: the page, the box on it and the text as printed.
///
/// Added to every row and entry with `--provenance`, so an analyst can check any figure
/// against the page in one look.
public struct Provenance: Sendable, Hashable, Codable {
    public var page: Int
    public var box: Rect
    public var text: String

    public init(page: Int, box: Rect, text: String) {
        self.page = page
        self.box = box
        self.text = text
    }
}
