/// Finds text poppler could not map to characters, so garbage is reported, not passed off as text.
///
/// A font embedded without a ToUnicode map (and without standard glyph names) leaves poppler
/// only the raw character codes, which it reads through a Western encoding: a Japanese
/// brochure then comes out as `„Ý¨Þßàá âãäåæç•` — characters that look like text but are
/// not. poppler-glib does not say which fonts lacked a map, so this counts the characters
/// such codes turn into and a Japanese document never uses: controls, private-use and
/// unassigned code points, U+FFFD, and the Latin-1 and WinAnsi letters and signs outside the
/// few a brochure does print (× ° ± © ® · ¥, accented vowels of romanised names).
/// Codes that land on ASCII letters and digits cannot be told from text and are not counted,
/// so the share reported is a lower bound.
public enum UnmappedText {
    /// Below this share of a document's characters no warning is given: a stray `™` is not garbage.
    static let threshold = 0.01
    /// ... and below this many characters.
    static let minimumCount = 20

    /// The warning for `layout`, or nil when (almost) all its text is real characters.
    public static func warning(for layout: DocumentLayout) -> ExtractionWarning? {
        warning(counts: layout.pages.map(count))
    }

    /// One page's characters, whitespace left out, and how many of them are unmapped.
    struct Count: Sendable {
        var page: Int
        var total = 0
        var unmapped = 0
    }

    /// The page's count: taken while the page is whole, for a caller that keeps less of it.
    static func count(_ page: PageLayout) -> Count {
        var count = Count(page: page.number)
        for block in page.blocks {
            for line in block.lines {
                for scalar in line.text.unicodeScalars where !isWhitespace(scalar) {
                    count.total += 1
                    if isUnmapped(scalar) { count.unmapped += 1 }
                }
            }
        }
        return count
    }

    /// The warning the pages counted call for, if any.
    static func warning(counts: [Count]) -> ExtractionWarning? {
        let total = counts.reduce(0) { $0 + $1.total }
        let unmapped = counts.reduce(0) { $0 + $1.unmapped }
        let pages = counts.filter { $0.unmapped > 0 }.map(\.page)
        guard total > 0, unmapped >= minimumCount, Double(unmapped) / Double(total) >= threshold else { return nil }
        let percent = (Double(unmapped) / Double(total) * 1000).rounded() / 10
        return ExtractionWarning(
            code: "unmapped-text",
            message: "\(percent)% of the text (\(unmapped) of \(total) characters, on \(describe(pages))) has no Unicode mapping in the PDF (a font without a ToUnicode map) and is unreadable; figures and names there are missing or wrong",
            section: nil, page: pages.count == 1 ? pages[0] : nil)
    }

    /// "page 3", "pages 1–4", "pages 1, 3 and 7", "12 pages".
    static func describe(_ pages: [Int]) -> String {
        guard let first = pages.first, let last = pages.last else { return "no page" }
        if pages.count == 1 { return "page \(first)" }
        if last - first + 1 == pages.count { return "pages \(first)–\(last)" }
        if pages.count <= 5 { return "pages " + pages.dropLast().map(String.init).joined(separator: ", ") + " and \(last)" }
        return "\(pages.count) pages"
    }

    /// `Unicode.Scalar.Properties.isWhitespace` without the property tables for the characters
    /// a brochure is made of: none above U+3000 is white space, and ASCII is decided at once.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value > 0x3000 { return false }
        return scalar.properties.isWhitespace
    }

    /// Whether a character is what an unmapped code turns into (see the type's comment).
    static func isUnmapped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Printable ASCII, kana, CJK punctuation, the unified ideographs and full-width forms:
        // every code point there is assigned and none is a control (the property tables cost
        // more than the rest of this check on a long document).
        if (0x20...0x7E).contains(value) || (0x3001...0x303F).contains(value) || (0x3041...0x3096).contains(value)
            || (0x3099...0x30FF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0xFF01...0xFF9F).contains(value)
        {
            return false
        }
        return isUnmappedByProperties(scalar)
    }

    /// The same question asked of the Unicode property tables, for every character.
    static func isUnmappedByProperties(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch scalar.properties.generalCategory {
        case .control, .privateUse, .unassigned, .surrogate: return true
        default: break
        }
        if value == 0xFFFD || scalar.properties.isNoncharacterCodePoint { return true }
        // WinAnsi's 0x80–0x9F signs, except the quotes Japanese text uses, bullet, dashes, ellipsis, euro.
        if winAnsiSigns.contains(value) { return true }
        // Latin-1 Supplement and Latin Extended-A, except what Japanese print uses.
        if (0xA1...0x17F).contains(value) { return !latinKept.contains(value) }
        return false
    }

    private static let winAnsiSigns: Set<UInt32> = [
        0x0192, 0x02C6, 0x02DC, 0x201A, 0x201E, 0x2020, 0x2021, 0x2030, 0x2039, 0x203A, 0x2122,
    ]

    /// ¢ £ ¥ § © ® ° ± ¶ · × ÷, the vowels with macron of romanised names (Tōkyō), and é.
    private static let latinKept: Set<UInt32> = [
        0xA2, 0xA3, 0xA5, 0xA7, 0xA9, 0xAE, 0xB0, 0xB1, 0xB6, 0xB7, 0xD7, 0xF7, 0xE9,
        0x100, 0x101, 0x112, 0x113, 0x12A, 0x12B, 0x14C, 0x14D, 0x16A, 0x16B,
    ]
}
