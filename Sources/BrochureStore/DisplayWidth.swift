/// How many terminal cells a string takes, so tables of Japanese text line up.
///
/// East Asian Wide and Fullwidth characters (kanji, kana, full-width forms) take two cells,
/// combining marks and zero-width characters none, everything else one: what terminals do
/// (wcwidth), from the ranges of Unicode's East Asian Width property, since Swift exposes
/// no API for it.
enum DisplayWidth {
    static func cells(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cells($1) }
    }

    static func cells(_ scalar: Unicode.Scalar) -> Int {
        let properties = scalar.properties
        if scalar.value == 0x200B || scalar.value == 0x200D || scalar.value == 0xFEFF { return 0 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        return wideRanges.contains { $0.contains(scalar.value) } ? 2 : 1
    }

    /// East Asian Width W and F, grouped into the blocks that hold them.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initials
        0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693,
        0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
        0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD,
        0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E,
        0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0, 0x27BF...0x27BF,
        0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E,   // CJK radicals, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,   // kana, bopomofo, Hangul compatibility, kanbun, CJK strokes, enclosed and compatibility
        0x3400...0x4DBF,   // CJK extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA000...0xA4CF,   // Yi
        0xA960...0xA97F,   // Hangul Jamo extended A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
        0xFF00...0xFF60,   // full-width forms
        0xFFE0...0xFFE6,   // full-width signs
        0x16FE0...0x18CFF, 0x1B000...0x1B2FF,  // Tangut, kana supplement and extensions
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF,
        0x20000...0x3FFFD, // CJK extensions B and later
    ]

    /// `text` padded with spaces to `width` cells, on the right (left-aligned) or the left.
    static func pad(_ text: String, to width: Int, rightAligned: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - cells(text)))
        return rightAligned ? padding + text : text + padding
    }
}
