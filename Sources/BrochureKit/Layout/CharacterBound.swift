/// Whether a text is at most so many characters long, without counting all of them.
///
/// The segmenter asks it of every line on every page (is this short enough to be a section's
/// name?), and the standard library finds characters by running the grapheme-breaking rules
/// scalar by scalar: `prefix(13).count` walked the first 13 characters twice and was 1% of
/// `extract`. Most lines are decided from their UTF-8 length or their first scalars instead.
enum CharacterBound {
    /// Whether `text` has at most `limit` characters (extended grapheme clusters).
    static func atMost(_ limit: Int, _ text: some StringProtocol) -> Bool {
        // Every character is one UTF-8 byte at least, and one scalar at least.
        if text.utf8.count <= limit { return true }
        var scalars = 0
        var allSeparate = true
        for scalar in text.unicodeScalars {
            scalars += 1
            allSeparate = allSeparate && alwaysOwnCharacter(scalar)
            // `limit + 1` scalars, no two of which can share a character: that many characters.
            if scalars > limit { if allSeparate { return false } else { break } }
        }
        if scalars <= limit { return true }
        var count = 0
        for _ in text {
            count += 1
            if count > limit { return false }
        }
        return true
    }

    /// Scalars the grapheme rules (UAX #29) always break before and after when both neighbours
    /// are such scalars: printable ASCII, kana, CJK ideographs and punctuation, full- and
    /// half-width forms. Left out: combining marks (U+302A–302F, U+3099–309A, U+FF9E–FF9F),
    /// the pictographs U+3030 and U+303D, controls, Hangul and everything else.
    static func alwaysOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x3000...0x3029, 0x3041...0x3096, 0x30A0...0x30FF, 0x4E00...0x9FFF, 0xFF01...0xFF9D: true
        default: false
        }
    }
}
