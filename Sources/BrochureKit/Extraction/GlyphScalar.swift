/// The character a glyph stands for, where a font's character map names it by a look-alike.
///
/// Japanese fonts draw a radical and the ideograph it comes from with one glyph, and a PDF
/// maker writing the character map back from the glyphs may name it by the radical: the page
/// shows `工学`, the text layer holds U+2F2F KANGXI RADICAL WORK. Searching, sorting and every
/// rule keyed to a word (`採用実績` spelt with ⽤) then miss it, and `pdftotext` passes it on.
/// Nothing on a recruitment brochure is a radical cited as such, so each radical is read as
/// the ideograph Unicode names as its equivalent (the Kangxi radicals by their compatibility
/// mapping, the supplement's by `EquivalentUnifiedIdeograph.txt`; U+2E80 and the few with no
/// equivalent stay as they are).
///
/// The same makers split a voiced kana (`じ`) into its base and the combining mark (`し` +
/// U+3099), each given half the glyph's width: read as one, as printed.
enum GlyphScalar {
    /// The ideograph for a radical; any other scalar unchanged.
    @inline(__always)
    static func unified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        guard value >= 0x2E80, value <= 0x2FD5 else { return scalar }
        let mapped: UInt32
        if value >= 0x2F00 {
            mapped = kangxi[Int(value - 0x2F00)]
        } else if value - 0x2E80 < UInt32(supplement.count) {
            mapped = supplement[Int(value - 0x2E80)]
        } else {
            mapped = 0
        }
        return mapped == 0 ? scalar : Unicode.Scalar(mapped) ?? scalar
    }

    /// Whether `scalar` is a combining voiced or semi-voiced sound mark (U+3099, U+309A).
    @inline(__always)
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x3099 || scalar.value == 0x309A
    }

    /// The precomposed kana of `base` and the combining `mark`, or nil when they make none
    /// (the mark is then kept as printed).
    static func composed(_ base: Unicode.Scalar, _ mark: Unicode.Scalar) -> Unicode.Scalar? {
        let semi = mark.value == 0x309A
        // Katakana are the hiragana 0x60 further on, for every base that takes a mark.
        let katakana = (0x30A1...0x30FE).contains(base.value)
        let hiragana = katakana ? base.value - 0x60 : base.value
        let composed: UInt32?
        switch hiragana {
        case 0x304B...0x3062 where hiragana % 2 == 1, 0x3064, 0x3066, 0x3068:
            // か…ぢ (every second one), つ, て, と: the voiced form follows each.
            composed = semi ? nil : hiragana + 1
        case 0x306F, 0x3072, 0x3075, 0x3078, 0x307B:
            // は ひ ふ へ ほ: ば ぱ, び ぴ, …
            composed = hiragana + (semi ? 2 : 1)
        case 0x3046:
            composed = semi ? nil : 0x3094  // う → ゔ
        case 0x309D:
            composed = semi ? nil : 0x309E  // ゝ → ゞ
        default:
            composed = nil
        }
        if let composed { return Unicode.Scalar(katakana ? composed + 0x60 : composed) }
        // ワ ヰ ヱ ヲ → ヷ ヸ ヹ ヺ (katakana only).
        if !semi, (0x30EF...0x30F2).contains(base.value) { return Unicode.Scalar(base.value + 0x08) }
        return nil
    }

    /// Whether `scalar` selects a variant of the character before it (U+FE00–U+FE0F, U+E0100–
    /// U+E01EF): a form of the same character (`者` with its dot), nothing a reader reads.
    @inline(__always)
    static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }

    /// The character a symbol font's private-use code draws (Word writes a Wingdings bullet
    /// as U+F06C, `l` in the font, drawn `●`), for the bullets and marks brochures use; nil
    /// for any other.
    static func symbol(_ scalar: Unicode.Scalar, font: String) -> Unicode.Scalar? {
        guard (0xF020...0xF0FF).contains(scalar.value) else { return nil }
        let code = scalar.value - 0xF000
        let table: [UInt32: UInt32]
        if font.contains("Wingdings") {
            table = wingdings
        } else if font.contains("Symbol") {
            table = symbolFont
        } else {
            return nil
        }
        return table[code].flatMap(Unicode.Scalar.init)
    }

    /// Wingdings codes of bullets and marks: `l` ●, `n` ■, `o` □, `q` ❑, `u` ◆, `v` ❖, `§` ▪,
    /// `Ø` ➢, `ü` ✓.
    private static let wingdings: [UInt32: UInt32] = [
        0x6C: 0x25CF, 0x6E: 0x25A0, 0x6F: 0x25A1, 0x71: 0x2751, 0x75: 0x25C6, 0x76: 0x2756, 0xA7: 0x25AA, 0xD8: 0x27A2, 0xFC: 0x2713,
    ]

    /// Symbol codes of bullets and arrows: `·` •, `®` →, `Þ` ⇒.
    private static let symbolFont: [UInt32: UInt32] = [0xB7: 0x2022, 0xAE: 0x2192, 0xDE: 0x21D2]

    /// U+2F00–U+2FD5, the Kangxi radicals: their compatibility mappings.
    private static let kangxi: [UInt32] = [
        0x4E00, 0x4E28, 0x4E36, 0x4E3F, 0x4E59, 0x4E85, 0x4E8C, 0x4EA0, 0x4EBA, 0x513F, 0x5165, 0x516B,
        0x5182, 0x5196, 0x51AB, 0x51E0, 0x51F5, 0x5200, 0x529B, 0x52F9, 0x5315, 0x531A, 0x5338, 0x5341,
        0x535C, 0x5369, 0x5382, 0x53B6, 0x53C8, 0x53E3, 0x56D7, 0x571F, 0x58EB, 0x5902, 0x590A, 0x5915,
        0x5927, 0x5973, 0x5B50, 0x5B80, 0x5BF8, 0x5C0F, 0x5C22, 0x5C38, 0x5C6E, 0x5C71, 0x5DDB, 0x5DE5,
        0x5DF1, 0x5DFE, 0x5E72, 0x5E7A, 0x5E7F, 0x5EF4, 0x5EFE, 0x5F0B, 0x5F13, 0x5F50, 0x5F61, 0x5F73,
        0x5FC3, 0x6208, 0x6236, 0x624B, 0x652F, 0x6534, 0x6587, 0x6597, 0x65A4, 0x65B9, 0x65E0, 0x65E5,
        0x66F0, 0x6708, 0x6728, 0x6B20, 0x6B62, 0x6B79, 0x6BB3, 0x6BCB, 0x6BD4, 0x6BDB, 0x6C0F, 0x6C14,
        0x6C34, 0x706B, 0x722A, 0x7236, 0x723B, 0x723F, 0x7247, 0x7259, 0x725B, 0x72AC, 0x7384, 0x7389,
        0x74DC, 0x74E6, 0x7518, 0x751F, 0x7528, 0x7530, 0x758B, 0x7592, 0x7676, 0x767D, 0x76AE, 0x76BF,
        0x76EE, 0x77DB, 0x77E2, 0x77F3, 0x793A, 0x79B8, 0x79BE, 0x7A74, 0x7ACB, 0x7AF9, 0x7C73, 0x7CF8,
        0x7F36, 0x7F51, 0x7F8A, 0x7FBD, 0x8001, 0x800C, 0x8012, 0x8033, 0x807F, 0x8089, 0x81E3, 0x81EA,
        0x81F3, 0x81FC, 0x820C, 0x821B, 0x821F, 0x826E, 0x8272, 0x8278, 0x864D, 0x866B, 0x8840, 0x884C,
        0x8863, 0x897E, 0x898B, 0x89D2, 0x8A00, 0x8C37, 0x8C46, 0x8C55, 0x8C78, 0x8C9D, 0x8D64, 0x8D70,
        0x8DB3, 0x8EAB, 0x8ECA, 0x8F9B, 0x8FB0, 0x8FB5, 0x9091, 0x9149, 0x91C6, 0x91CC, 0x91D1, 0x9577,
        0x9580, 0x961C, 0x96B6, 0x96B9, 0x96E8, 0x9751, 0x975E, 0x9762, 0x9769, 0x97CB, 0x97ED, 0x97F3,
        0x9801, 0x98A8, 0x98DB, 0x98DF, 0x9996, 0x9999, 0x99AC, 0x9AA8, 0x9AD8, 0x9ADF, 0x9B25, 0x9B2F,
        0x9B32, 0x9B3C, 0x9B5A, 0x9CE5, 0x9E75, 0x9E7F, 0x9EA5, 0x9EBB, 0x9EC3, 0x9ECD, 0x9ED1, 0x9EF9,
        0x9EFD, 0x9F0E, 0x9F13, 0x9F20, 0x9F3B, 0x9F4A, 0x9F52, 0x9F8D, 0x9F9C, 0x9FA0,
    ]

    /// U+2E80–U+2EF3, the CJK radicals supplement: their equivalent unified ideographs, 0 for none.
    private static let supplement: [UInt32] = [
        0x0000, 0x5382, 0x4E5B, 0x4E5A, 0x4E59, 0x4EBB, 0x5182, 0x20628, 0x5200, 0x5202,
        0x535C, 0x353E, 0x5C0F, 0x5C0F, 0x5140, 0x5C23, 0x5C22, 0x21BC2, 0x5DF3, 0x5E7A,
        0x5F51, 0x2B739, 0x5FC4, 0x5FC3, 0x624C, 0x6535, 0x0000, 0x65E1, 0x65E5, 0x6708,
        0x6B7A, 0x6BCD, 0x6C11, 0x6C35, 0x6C3A, 0x706C, 0x722B, 0x722B, 0x4E2C, 0x725B,
        0x72AD, 0x738B, 0x24D14, 0x76EE, 0x793A, 0x793B, 0x25AD7, 0x7CF9, 0x7E9F, 0x7F53,
        0x7F52, 0x34C1, 0x5197, 0x2626B, 0x7F8A, 0x2634C, 0x2634B, 0x8002, 0x8080, 0x807F,
        0x8089, 0x26951, 0x8279, 0x8279, 0x8279, 0x864E, 0x8864, 0x8980, 0x897F, 0x89C1,
        0x89D2, 0x278B2, 0x8BA0, 0x8D1D, 0x27FB7, 0x8F66, 0x8FB6, 0x8FB6, 0x8FB6, 0x9091,
        0x9485, 0x9577, 0x9578, 0x957F, 0x95E8, 0x28E0F, 0x961D, 0x96E8, 0x9752, 0x97E6,
        0x9875, 0x98CE, 0x98DE, 0x98DF, 0x2967F, 0x98E0, 0x9963, 0x29810, 0x9A6C, 0x9AA8,
        0x9B3C, 0x9C7C, 0x9E1F, 0x5364, 0x9EA6, 0x9EC4, 0x9EFE, 0x6589, 0x9F50, 0x6B6F,
        0x9F7F, 0x7ADC, 0x9F99, 0x9F9C, 0x4E80, 0x9F9F,
    ]
}
