extension Unicode.Scalar {
    /// Whether the scalar is a character of its own that equals no other scalar, so that in a
    /// text of such scalars comparing and counting scalars is comparing and counting characters.
    ///
    /// One from the blocks a brochure's text is written in, with no mark that joins the one
    /// before (゙ U+3099, ﾞ U+FF9E, 〪 U+302A, a variation selector, a zero-width joiner),
    /// nothing joined to the one after (CR before LF, a Hangul jamo), and none that Unicode
    /// counts the same as another (a CJK compatibility ideograph, Ω U+2126, 〈 U+2329): any
    /// other is left to the character walk.
    var isPlainCharacter: Bool {
        switch value {
        case 0x20...0x7E, 0x3000...0x3029, 0x3030...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D,
            0x2010...0x2027, 0x2030...0x205E, 0x2160...0x2188, 0x2190...0x22FF, 0x2460...0x27BF:
            true
        default: false
        }
    }
}
