extension StationExit {
    /// The exit's sign in a match of what was the regular expression
    /// `(?<name>[A-Z]\s?[0-9]{1,2}[a-z]?|[0-9]{1,2}-[A-Z0-9]{1,2}|[0-9]{1,2}[a-z]?)\s*(?:番)?\s*出口`
    /// (0.97 M instructions to parse at first use), with the match's range.
    ///
    /// Written with the backtracking helpers, part for part, so that `12-A出口`, `123出口` and
    /// the like fall to the same alternative as they did.
    static func shape(in scanner: TextScanner, at start: String.Index,
                      accept: @escaping (String.Index) -> Bool) -> (range: Range<String.Index>, name: Substring)? {
        var nameEnd = start
        var end = start
        let rest: TextScanner.Rest = { (afterName) in
            nameEnd = afterName
            var cursor = scanner.cursor(at: afterName)
            // `\s*(?:番)?\s*出口`: white space or 番 given back could not be 出.
            cursor.skipWhitespace()
            cursor.take("番")
            cursor.skipWhitespace()
            guard cursor.take("出口") else { return false }
            end = cursor.position
            return accept(end)
        }
        let isDigit = TextScanner.isDigit
        let lettered = scanner.repeated(1, 1, from: start, where: isUpper) { (afterLetter) in
            scanner.optional(from: afterLetter, where: \.isWhitespace) { (beforeDigits) in
                scanner.repeated(1, 2, from: beforeDigits, where: isDigit) { scanner.optional(from: $0, where: isLower, rest) }
            }
        }
        let matched = lettered || scanner.repeated(1, 2, from: start, where: isDigit) { (afterDigits) in
            scanner.literal("-", at: afterDigits) { (afterDash) in
                scanner.repeated(1, 2, from: afterDash, where: { isUpper($0) || isDigit($0) }, rest)
            }
        } || scanner.repeated(1, 2, from: start, where: isDigit) { scanner.optional(from: $0, where: isLower, rest) }
        guard matched else { return nil }
        return (start..<end, scanner.text[start..<nameEnd])
    }

    /// `[A-Z]`.
    private static func isUpper(_ character: Character) -> Bool {
        guard let value = character.asciiValue, character.unicodeScalars.count == 1 else { return false }
        return (0x41...0x5A).contains(value)
    }

    /// `[a-z]`.
    private static func isLower(_ character: Character) -> Bool {
        guard let value = character.asciiValue, character.unicodeScalars.count == 1 else { return false }
        return (0x61...0x7A).contains(value)
    }
}
