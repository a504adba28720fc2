extension StringProtocol {
    /// Whether the text has at most `limit` characters: `count <= limit` without counting a
    /// paragraph's characters to its end.
    ///
    /// Counting breaks the text into characters one by one; the title test (`titleLike`),
    /// asked of every line and block of a section, spent 29 M instructions on a 200-page
    /// document counting paragraphs only to compare the count with 28. Its first `limit + 1`
    /// scalars answer nearly always: fewer scalars than that are fewer characters, and as many
    /// plain ones (`isPlainCharacter`) are as many characters. Only otherwise are characters
    /// counted, up to `limit + 1`.
    func hasAtMost(_ limit: Int) -> Bool {
        // (A character takes one UTF-8 byte or more.)
        if utf8.count <= limit { return true }
        var scalars = 0
        var plain = true
        for scalar in unicodeScalars {
            scalars += 1
            plain = plain && scalar.isPlainCharacter
            if scalars > limit { break }
        }
        if scalars <= limit { return true }
        if plain { return false }
        return index(startIndex, offsetBy: limit, limitedBy: endIndex).map { $0 == endIndex } ?? true
    }
}
