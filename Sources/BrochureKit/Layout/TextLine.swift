/// A run of glyphs read as one line: left to right, or top to bottom when set vertically.
public struct TextLine: Sendable, Hashable, Codable {
    public enum Orientation: String, Sendable, Codable {
        case horizontal
        case vertical
    }

    public var text: String
    public var box: Rect
    /// The glyphs' dominant font size in points.
    public var fontSize: Double
    public var isBold: Bool
    public var orientation: Orientation
    /// The font most of the line's glyphs are set in: a change of font starts a new block.
    var fontName: String = ""
    /// That font's fill colour, `0xRRGGBB` (see `FontInfo.color`).
    var color: UInt32 = 0

    enum CodingKeys: String, CodingKey {
        case text, box, fontSize, isBold, orientation
    }

    public init(
        text: String, box: Rect, fontSize: Double, isBold: Bool, orientation: Orientation
    ) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.isBold = isBold
        self.orientation = orientation
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try c.decode(String.self, forKey: .text), box: try c.decode(Rect.self, forKey: .box),
            fontSize: try c.decode(Double.self, forKey: .fontSize), isBold: try c.decode(Bool.self, forKey: .isBold),
            orientation: try c.decode(Orientation.self, forKey: .orientation))
    }

    /// Hashes the box alone: two lines never share one, and layout keys dictionaries by line
    /// often enough that hashing the text and every glyph position would show in profiles.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(box)
    }

    /// Compares every field, the box first: dictionaries keyed by line compare keys on every
    /// probe, and boxes tell lines apart without comparing their texts.
    public static func == (a: TextLine, b: TextLine) -> Bool {
        a.box == b.box && a.orientation == b.orientation && a.fontSize == b.fontSize && a.isBold == b.isBold
            && a.text == b.text && a.fontName == b.fontName && a.color == b.color
    }

    /// The glyph height that scales every distance threshold around this line.
    var em: Double { orientation == .horizontal ? box.height : box.width }
}
