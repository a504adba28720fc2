extension JapaneseEraParser {
    /// Which of the two era patterns could match `text`, by a byte scan: a named era's name
    /// in it, or an era letter with a year digit or `元` after it (one space allowed).
    ///
    /// Most lines a brochure has (names, sentences, counts) hold no era at all, and running
    /// both regular expressions over each of them was a sixth of a two-page `extract`'s
    /// instructions; a pattern whose prefilter fails cannot match, so skipping it changes
    /// no result.
    static func mayHold(_ text: String) -> (named: Bool, letter: Bool) {
        let named = eraNames.contains { text.contains($0) }
        var letter = false
        // Bytes since an era letter: whitespace allowed (`\s?`), then a digit or `元`. A
        // byte outside ASCII there (`元`, a wide space) is taken as a possible match.
        var afterLetter = 0
        for byte in text.utf8 {
            if afterLetter > 0 {
                if (0x30...0x39).contains(byte) || byte >= 0x80 {
                    letter = true
                    break
                }
                afterLetter = afterLetter == 1 && (byte == 0x20 || (0x09...0x0D).contains(byte)) ? 2 : 0
            }
            if afterLetter == 0 && eraLetters[Int(byte)] { afterLetter = 1 }
        }
        return (named, letter)
    }

    private static let eraNames = JapaneseEra.all.map(\.name)
    /// Per byte value, whether it is (a byte of) an era letter.
    private static let eraLetters: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in JapaneseEra.all.flatMap({ Array($0.letter.utf8) }) { table[Int(byte)] = true }
        return table
    }()
}
