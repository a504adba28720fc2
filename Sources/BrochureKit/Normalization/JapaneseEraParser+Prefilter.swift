extension JapaneseEraParser {
    /// Which of the two era patterns could match `text`, by one pass over its bytes: a named
    /// era's name in it, or an era letter with a year digit or `元` after it (one space allowed).
    ///
    /// Most lines a brochure has (names, sentences, counts) hold no era at all, and running
    /// both regular expressions over each of them was a sixth of a two-page `extract`'s
    /// instructions; a pattern whose prefilter fails cannot match, so skipping it changes
    /// no result.
    static func mayHold(_ text: String) -> (named: Bool, letter: Bool) {
        var text = text
        return text.withUTF8(scan)
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (named: Bool, letter: Bool) {
        var named = false
        var letter = false
        // Bytes since an era letter: whitespace allowed (`\s?`), then a digit or `元`. A
        // byte outside ASCII there (`元`, a wide space) is taken as a possible match.
        var afterLetter = 0
        for i in bytes.indices {
            let byte = bytes[i]
            if !letter {
                if afterLetter > 0 {
                    if (0x30...0x39).contains(byte) || byte >= 0x80 {
                        letter = true
                    }
                    afterLetter = afterLetter == 1 && (byte == 0x20 || (0x09...0x0D).contains(byte)) ? 2 : 0
                }
                if afterLetter == 0 && eraLetters[Int(byte)] { afterLetter = 1 }
            }
            // A name's first byte, then the whole name at that place.
            if !named && nameLeads[Int(byte)] {
                named = eraNames.contains { name in
                    i + name.count <= bytes.count && name.indices.allSatisfy { bytes[i + $0] == name[$0] }
                }
            }
            if named && letter { break }
        }
        return (named, letter)
    }

    /// The eras' names and their shortened forms (`令`).
    private static let eraNames = (JapaneseEra.all.map(\.name) + JapaneseEra.shortForms).map { Array($0.utf8) }

    /// Per byte value, whether a name starts with it.
    private static let nameLeads = table(eraNames.compactMap(\.first))

    /// Per byte value, whether it is (a byte of) an era letter.
    private static let eraLetters = table(JapaneseEra.all.flatMap { Array($0.letter.utf8) })

    private static func table(_ bytes: [UInt8]) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in bytes { table[Int(byte)] = true }
        return table
    }
}
