extension Floor {
    /// The floor's number (and whether it is a basement) in a match of what was the regular
    /// expression `(?<basement>地下|B)?\s*(?<number>[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:階|F(?![A-Za-z]))`.
    ///
    /// Written with the backtracking helpers, part for part: `B` may be a basement's mark or be
    /// left out, and a number is tried longest first, as the regex tried them.
    static func shape(in scanner: TextScanner, at start: String.Index,
                      accept: @escaping (String.Index) -> Bool) -> (number: Substring, basement: Bool)? {
        var number = start..<start
        var basement = false
        let afterMark: TextScanner.Rest = { (position) in
            var cursor = scanner.cursor(at: position)
            cursor.skipWhitespace()
            // White space given back could not be a numeral.
            let found = cursor.position
            let rest: TextScanner.Rest = { (afterNumber) in
                number = found..<afterNumber
                var cursor = scanner.cursor(at: afterNumber)
                cursor.skipWhitespace()
                if cursor.take("階") { return accept(cursor.position) }
                guard cursor.take("F") else { return false }
                if let next = cursor.current, isLatinLetter(next) { return false }
                return accept(cursor.position)
            }
            return scanner.repeated(1, 3, from: found, where: TextScanner.isDigit, rest)
                || scanner.repeated(1, 3, from: found, where: TextScanner.isAny(of: "一二三四五六七八九十"), rest)
        }
        let withMark = (scanner.literal("地下", at: start) { afterMark($0) } || scanner.literal("B", at: start) { afterMark($0) })
        if withMark {
            basement = true
        } else if !afterMark(start) {
            return nil
        }
        return (scanner.text[number], basement)
    }

    /// `[A-Za-z]`.
    private static func isLatinLetter(_ character: Character) -> Bool {
        guard let value = character.asciiValue, character.unicodeScalars.count == 1 else { return false }
        return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
}
