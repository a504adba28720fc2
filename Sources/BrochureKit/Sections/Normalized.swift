/// Output strings: ASCII digits and brackets, Japanese punctuation kept, no stray spaces.
enum Normalized {
    static func text(_ raw: String) -> String {
        let value = (try? JapaneseTextNormalizer.shared.normalize(raw)) ?? raw
        return value.trimmingWhitespace()
    }

    /// Text with the spaces between Japanese characters removed (layout puts one where a
    /// full-width space or a wide gap was), Latin word spaces kept.
    static func compact(_ raw: String) -> String {
        let value = text(raw)
        // (Searched in the contiguous bytes: the generic walk of the UTF-8 view cost more than
        // the rest of the call for the many texts with no space.)
        guard value.utf8.withContiguousStorageIfAvailable({ $0.contains(0x20) }) ?? value.utf8.contains(0x20) else { return value }
        var out = ""
        let characters = Array(value)
        for (i, c) in characters.enumerated() {
            if c == " ", i > 0, i + 1 < characters.count, Script.isCJK(characters[i - 1]) || Script.isCJK(characters[i + 1]) {
                continue
            }
            out.append(c)
        }
        return out
    }
}

extension String {
    /// The string without leading and trailing white space; itself, uncopied, when it has none
    /// (nearly every line a parser asks about).
    func trimmingWhitespace() -> String {
        // (`UnmappedText.isWhitespace`: the property tables only for the few scalars that need
        // them; every text a parser normalises comes here.)
        if let first = unicodeScalars.first, let last = unicodeScalars.last,
            !UnmappedText.isWhitespace(first), !UnmappedText.isWhitespace(last)
        {
            return self
        }
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, UnmappedText.isWhitespace(first) { scalars.removeFirst() }
        while let last = scalars.last, UnmappedText.isWhitespace(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
