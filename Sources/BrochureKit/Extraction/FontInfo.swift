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

    static func looksBold(_ name: String) -> Bool {
        let lower = name.lowercased()
        let heavyMarks = ["bold", "black", "heavy", "-w6", "-w7", "-w8", "-w9", "demi", "semibold", "extrabold"]
        return heavyMarks.contains { lower.contains($0) }
    }
}
