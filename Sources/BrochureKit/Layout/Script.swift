/// Coarse script classes that decide where a space belongs between two glyphs.
///
/// Japanese runs carry no spaces, so a gap between two CJK glyphs is tracking, not a word break.
enum Script {
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F,  // CJK punctuation
            0x3040...0x30FF,  // kana
            0x3190...0x31FF,  // kanbun, katakana ext
            0x3200...0x33FF,  // enclosed, squares (㍻ ㋿)
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,  // ideographs
            0xFF00...0xFFEF,  // full-width forms
            0x2E80...0x2FDF,  // radicals
            0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    static func isCJK(_ character: Character?) -> Bool {
        guard let scalar = character?.unicodeScalars.first else { return false }
        return isCJK(scalar)
    }

    /// A single hiragana letter.
    static func isHiragana(_ c: Character) -> Bool {
        c.unicodeScalars.count == 1 && (0x3041...0x3096).contains(c.unicodeScalars.first!.value)
    }

    /// A single katakana letter or the long-vowel mark `ー`.
    static func isKatakana(_ c: Character) -> Bool {
        c.unicodeScalars.count == 1 && ((0x30A1...0x30FA).contains(c.unicodeScalars.first!.value) || c == "ー")
    }

    /// A single kanji of the unified block, or the repeat mark `々`.
    static func isKanji(_ c: Character) -> Bool {
        c.unicodeScalars.count == 1 && ((0x4E00...0x9FFF).contains(c.unicodeScalars.first!.value) || c == "々")
    }
}
