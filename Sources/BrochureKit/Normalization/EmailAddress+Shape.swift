extension EmailAddress {
    /// An address's two halves as slices of the scanned text.
    struct Shape {
        var range: Range<String.Index>
        var local: Substring
        var domain: Substring
    }

    /// The address that is the whole of `text`, as `wholeMatch` found it.
    static func wholeShape(_ text: Substring) -> Shape? {
        guard mayHold(text) else { return nil }
        return shape(in: TextScanner(text), at: text.startIndex) { $0 == text.endIndex }
    }

    /// Every address in `text`, left to right, as `matches(of:)` found them.
    ///
    /// Where a try fails, none is made again before the end of its run of local-part
    /// characters (`[A-Za-z0-9._%+\-]`, a phone number's `03-5253-5069` or `E-mail` before
    /// the address): a local part from a later letter of the run ends where one from the
    /// failed start could, and what follows it was tried from there already.
    static func shapes(in text: Substring) -> [Shape] {
        guard mayHold(text) else { return [] }
        let scanner = TextScanner(text)
        /// Where the run of the last failed try ends: no try before it can match.
        var failedRunEnd = text.startIndex
        return scanner.allMatches { (cursor) in
            guard cursor.position >= failedRunEnd, let first = cursor.current, isAlphanumeric(first) else { return nil }
            guard let shape = shape(in: scanner, at: cursor.position, accept: { _ in true }) else {
                var run = scanner.cursor(at: cursor.position)
                _ = run.run(1, .max, where: isLocalCharacter)
                failedRunEnd = run.position
                return nil
            }
            cursor.reset(to: shape.range.upperBound)
            return shape
        }
    }

    /// Every address has an `@` or an `at` (of `(at)`, `[at]`): a text with neither is not
    /// scanned (a prose line would otherwise be tried at each Latin letter).
    private static func mayHold(_ text: Substring) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") || (previous == UInt8(ascii: "a") && byte == UInt8(ascii: "t")) { return true }
            previous = byte
        }
        return false
    }

    /// One match at `start` of what was the regular expression
    /// `(?<local>[A-Za-z0-9](?:[A-Za-z0-9._%+\-]*[A-Za-z0-9_])?)\s*(?:@|\(at\)|\[at\]|\(@\)|\[@\])\s*`
    /// `(?<domain>L(?:\.L)*\.[A-Za-z]{2,})` with the label L = `[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?`
    /// (2.75 M instructions to parse at first use).
    ///
    /// The local part's last character and the domain's last label are only known when what
    /// follows has been tried, so this backtracks as the regex did: each run longest first,
    /// each optional part present first, up to `accept` (the end of the text for a whole match).
    private static func shape(in scanner: TextScanner, at start: String.Index,
                              accept: @escaping (String.Index) -> Bool) -> Shape? {
        var localEnd = start
        var domainStart = start
        var end = start
        let afterLocal: TextScanner.Rest = { (position) in
            localEnd = position
            var cursor = scanner.cursor(at: position)
            cursor.skipWhitespace()
            // The at-signs in the regex's order; none is a prefix of another.
            guard cursor.takeFirst(of: ["@", "(at)", "[at]", "(@)", "[@]"]) != nil else { return false }
            cursor.skipWhitespace()
            domainStart = cursor.position
            return domain(scanner, from: cursor.position) { (domainEnd) in
                end = domainEnd
                return accept(domainEnd)
            }
        }
        let matched = scanner.repeated(1, 1, from: start, where: isAlphanumeric) { (afterFirst) in
            scanner.repeated(0, .max, from: afterFirst, where: isLocalCharacter) { (position) in
                scanner.repeated(1, 1, from: position, where: { isAlphanumeric($0) || $0 == "_" }, afterLocal)
            } || afterLocal(afterFirst)
        }
        guard matched else { return nil }
        let text = scanner.text
        return Shape(range: start..<end, local: text[start..<localEnd], domain: text[domainStart..<end])
    }

    /// `L(?:\.L)*\.[A-Za-z]{2,}` then the rest.
    private static func domain(_ scanner: TextScanner, from position: String.Index, _ rest: TextScanner.Rest) -> Bool {
        label(scanner, from: position) { (afterFirst) in
            scanner.star(from: afterFirst, { (dot, next) in
                scanner.literal(".", at: dot) { label(scanner, from: $0, next) }
            }, { (beforeTop) in
                scanner.literal(".", at: beforeTop) { scanner.repeated(2, .max, from: $0, where: isLetter, rest) }
            })
        }
    }

    /// `[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?` then the rest: the longer forms first.
    private static func label(_ scanner: TextScanner, from position: String.Index, _ rest: TextScanner.Rest) -> Bool {
        scanner.repeated(1, 1, from: position, where: isAlphanumeric) { (afterFirst) in
            scanner.repeated(0, .max, from: afterFirst, where: { isAlphanumeric($0) || $0 == "-" }) { (inner) in
                scanner.repeated(1, 1, from: inner, where: isAlphanumeric, rest)
            } || rest(afterFirst)
        }
    }

    /// `[A-Za-z]`.
    private static func isLetter(_ character: Character) -> Bool {
        guard let value = character.asciiValue, character.unicodeScalars.count == 1 else { return false }
        return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    /// `[A-Za-z0-9]`.
    private static func isAlphanumeric(_ character: Character) -> Bool {
        isLetter(character) || TextScanner.isDigit(character)
    }

    /// `[A-Za-z0-9._%+\-]`.
    private static func isLocalCharacter(_ character: Character) -> Bool {
        isAlphanumeric(character) || "._%+-".contains(character)
    }
}
