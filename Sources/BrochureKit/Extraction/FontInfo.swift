/// A font as named in the PDF, with the weight guessed from that name.
///
/// PDFs carry no reliable weight flag for embedded CJK fonts, but their names do
/// (`IPAexGothic`, `HiraKakuPro-W6`, `MS-PGothic,Bold`), and headings are set heavier.
public struct FontInfo: Sendable, Hashable, Codable {
    public var name: String
    public var isBold: Bool

    public init(name: String) {
        self.name = name
        self.isBold = FontInfo.looksBold(name)
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
