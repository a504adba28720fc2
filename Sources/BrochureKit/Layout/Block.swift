/// A unit of the page a reader takes in at once: a heading, a paragraph, a table, a running header.
public struct Block: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        case heading
        case paragraph
        case list
        case table
        case header
        case footer
    }

    public var kind: Kind
    public var box: Rect
    /// Lines in reading order; for a table, every line of every cell.
    public var lines: [TextLine]
    public var table: Table?

    public init(kind: Kind, box: Rect, lines: [TextLine], table: Table? = nil) {
        self.kind = kind
        self.box = box
        self.lines = lines
        self.table = table
    }

    /// Running headers, footers and page numbers: repeated page furniture, not content.
    public var isFurniture: Bool { kind == .header || kind == .footer }
}
