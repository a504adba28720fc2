/// A font as named in the PDF, with the weight guessed from that name.
///
/// PDFs carry no reliable weight flag for embedded CJK fonts, but their names do
/// (`IPAexGothic`, `HiraKakuPro-W6`, `MS-PGothic,Bold`), and headings are set heavier.
public struct FontInfo: Sendable, Hashable, Codable {
    public var name: String
    public var isBold: Bool
    /// The fill colour text is drawn in, `0xRRGGBB`: brochures mark planned figures in a
    /// colour and say so in a legend (`※青字は採用予定数`). Not in the JSON the CLI prints.
    public var color: UInt32 = 0

    enum CodingKeys: String, CodingKey {
        case name, isBold
    }

    public init(name: String, color: UInt32 = 0) {
        self.name = name
        self.isBold = FontInfo.looksBold(name)
        self.color = color
    }

    /// Compared as bytes: `String.contains(String)` resolves to Foundation's `range(of:)`,
    /// which cost more than the rest of copying a page's glyphs (the marks are ASCII).
    static func looksBold(_ name: String) -> Bool {
        let lower = Array(name.lowercased().utf8)
        return heavyMarks.contains { mark in
            mark.count <= lower.count && (0...(lower.count - mark.count)).contains { lower[$0..<($0 + mark.count)].elementsEqual(mark) }
        }
    }

    private static let heavyMarks = ["bold", "black", "heavy", "-w6", "-w7", "-w8", "-w9", "demi", "semibold", "extrabold"].map { Array($0.utf8) }
}
