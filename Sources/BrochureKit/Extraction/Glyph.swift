/// One character drawn on a page, with the geometry the layout engine works from.
///
/// Glyphs carry their font as an index into the page's font table instead of a string,
/// because a page holds thousands of glyphs and a handful of fonts.
public struct Glyph: Sendable, Hashable {
    public var scalar: Unicode.Scalar
    public var box: Rect
    /// Index into `Page.fonts`.
    public var font: Int
    /// Font size in points, as poppler reports it for the text run.
    public var size: Double

    public init(scalar: Unicode.Scalar, box: Rect, font: Int, size: Double) {
        self.scalar = scalar
        self.box = box
        self.font = font
        self.size = size
    }
}
