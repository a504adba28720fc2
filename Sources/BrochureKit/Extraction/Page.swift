/// The glyphs of one page, copied out of poppler so no C memory outlives the call.
public struct Page: Sendable {
    /// 1-based, as people number pages.
    public var number: Int
    public var width: Double
    public var height: Double
    public var glyphs: [Glyph]
    /// Font names referenced by `Glyph.font`.
    public var fonts: [FontInfo]

    public init(number: Int, width: Double, height: Double, glyphs: [Glyph], fonts: [FontInfo]) {
        self.number = number
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.fonts = fonts
    }
}
