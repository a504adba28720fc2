/// One page as a reader sees it: blocks in reading order.
public struct PageLayout: Sendable, Hashable, Codable {
    /// 1-based.
    public var number: Int
    public var width: Double
    public var height: Double
    /// The size most of the page's glyphs are set in; headings are measured against it.
    public var bodyFontSize: Double
    /// Whether most text on the page runs top to bottom (縦書き).
    public var isVertical: Bool
    public var blocks: [Block]
    /// How many glyphs lie over a glyph of another character (`OverlaidText`): read from the
    /// glyphs, which the layout does not keep, and not part of `layout`'s output.
    public var overlaidGlyphs = 0

    private enum CodingKeys: String, CodingKey { case number, width, height, bodyFontSize, isVertical, blocks }

    public init(number: Int, width: Double, height: Double, bodyFontSize: Double, isVertical: Bool, blocks: [Block]) {
        self.number = number
        self.width = width
        self.height = height
        self.bodyFontSize = bodyFontSize
        self.isVertical = isVertical
        self.blocks = blocks
    }

    /// Whether the page has any text at all.
    public var hasText: Bool { !blocks.isEmpty }
}
