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
        guard value.utf8.contains(0x20) else { return value }
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
        if let first = unicodeScalars.first, let last = unicodeScalars.last,
            !first.properties.isWhitespace, !last.properties.isWhitespace
        {
            return self
        }
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
