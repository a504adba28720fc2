extension PhoneNumber {
    /// A phone number and its note as slices of the scanned text.
    struct Shape {
        var range: Range<String.Index>
        var number: Substring
        var note: Substring?
    }

    /// The phone number that is the whole of `text`, as `wholeMatch` found it.
    static func wholeShape(_ text: Substring) -> Shape? {
        shape(in: TextScanner(text), at: text.startIndex) { $0 == text.endIndex }
    }

    /// Every phone number in `text`, left to right, as `matches(of:)` found them.
    static func shapes(in text: Substring) -> [Shape] {
        let scanner = TextScanner(text)
        return scanner.allMatches { (cursor) in
            // A number begins with +81, a bracket or a digit: elsewhere nothing is tried. (Asked
            // of the ASCII value: a `Character` is `+` or `(` exactly when that is its value.)
            guard let first = cursor.current, let value = first.asciiValue,
                  value == UInt8(ascii: "+") || value == UInt8(ascii: "(") || TextScanner.isDigit(first),
                  let shape = shape(in: scanner, at: cursor.position, accept: { _ in true }) else { return nil }
            cursor.reset(to: shape.range.upperBound)
            return shape
        }
    }

    /// The fewest digits of a number `make` keeps (ten or eleven).
    static let minimumDigits = 10

    /// Whether `text` has `minimumDigits` ASCII digits, as any number `make` keeps needs: `all`
    /// scans no line of prose or address (most lines a contact is read from). (Every digit
    /// `make` counts is an ASCII digit's `Character`, so one of these bytes.)
    static func mayHold(_ text: Substring) -> Bool {
        var digits = 0
        for byte in text.utf8 where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            digits += 1
            if digits == minimumDigits { return true }
        }
        return false
    }

    /// One match at `start` of what was the regular expression
    /// `(?<number>(?:\+81[ -]?)?\(?0?[0-9]{1,4}(?:S[0-9]{1,4}){1,2}S[0-9]{3,4})(?![0-9])`
    /// `(?:\s*\((?<note>直通|代表|内線\s*[0-9]+|夜間|FAX|fax|Fax|携帯|受付)\))?` with the separator
    /// S = `\s?[-ー.()]\s?|\s` (2.4 M instructions to parse at first use).
    ///
    /// The digit groups share their digits (`0?[0-9]{1,4}` and three groups of up to four), so
    /// this backtracks as the regex did: each part tries its longest or present form first and
    /// gives back when the rest fails, up to `accept` (the end of the text for a whole match).
    private static func shape(in scanner: TextScanner, at start: String.Index,
                              accept: @escaping (String.Index) -> Bool) -> Shape? {
        let text = scanner.text
        var numberEnd = start
        var note: Range<String.Index>?
        let isDigit = TextScanner.isDigit
        // After the number: not before a digit, then the optional note, then `accept`.
        let afterNumber: TextScanner.Rest = { (end) in
            if let next = scanner.character(at: end), isDigit(next) { return false }
            numberEnd = end
            if let found = noted(scanner, from: end), accept(found.end) {
                note = found.note
                return true
            }
            note = nil
            return accept(end)
        }
        let lastGroup: TextScanner.Rest = { (position) in
            separator(scanner, from: position) { scanner.repeated(3, 4, from: $0, where: isDigit, afterNumber) }
        }
        let groups: TextScanner.Rest = { (position) in
            group(scanner, from: position) { (second) in group(scanner, from: second, lastGroup) || lastGroup(second) }
        }
        let body: TextScanner.Rest = { (position) in
            scanner.optional(from: position, where: { $0 == "(" }) { (afterBracket) in
                scanner.optional(from: afterBracket, where: { $0 == "0" }) { (afterZero) in
                    scanner.repeated(1, 4, from: afterZero, where: isDigit, groups)
                }
            }
        }
        let matched = scanner.literal("+81", at: start) { (afterCode) in
            scanner.optional(from: afterCode, where: { $0 == " " || $0 == "-" }, body)
        } || body(start)
        guard matched else { return nil }
        let end = note.map { text.index(after: $0.upperBound) } ?? numberEnd
        return Shape(range: start..<end, number: text[start..<numberEnd], note: note.map { text[$0] })
    }

    /// `(?:S[0-9]{1,4})` then the rest.
    private static func group(_ scanner: TextScanner, from position: String.Index, _ rest: TextScanner.Rest) -> Bool {
        separator(scanner, from: position) { scanner.repeated(1, 4, from: $0, where: TextScanner.isDigit, rest) }
    }

    /// `\s?[-ー.()]\s?|\s` then the rest, in the regex's order.
    private static func separator(_ scanner: TextScanner, from position: String.Index, _ rest: TextScanner.Rest) -> Bool {
        let isWhitespace: (Character) -> Bool = \.isWhitespace
        let marked = scanner.optional(from: position, where: isWhitespace) { (beforeMark) in
            guard let mark = scanner.character(at: beforeMark), "-ー.()".contains(mark) else { return false }
            return scanner.optional(from: scanner.text.index(after: beforeMark), where: isWhitespace, rest)
        }
        return marked || scanner.repeated(1, 1, from: position, where: isWhitespace, rest)
    }

    private static let notes = ["直通", "代表", "内線", "夜間", "FAX", "fax", "Fax", "携帯", "受付"]

    /// `\s*\((?<note>…)\)` at `position`: the note's range and the end, or nil. Greedy is the
    /// regex's answer here: white space given back could not be the `(`, and digits given back
    /// after 内線 could not be the `)`.
    private static func noted(_ scanner: TextScanner, from position: String.Index) -> (note: Range<String.Index>, end: String.Index)? {
        var cursor = scanner.cursor(at: position)
        cursor.skipWhitespace()
        guard cursor.take("("), let word = cursor.takeFirst(of: notes) else { return nil }
        var note = word
        if cursor.text[word] == "内線" {
            cursor.skipWhitespace()
            guard cursor.digits() != nil else { return nil }
            note = word.lowerBound..<cursor.position
        }
        guard cursor.take(")") else { return nil }
        return (note, cursor.position)
    }
}
