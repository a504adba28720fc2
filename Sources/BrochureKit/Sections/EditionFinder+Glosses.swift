extension EditionFinder {
    /// `text` with every match of a gloss pattern, left to right and not overlapping, replaced
    /// by its year, as `replacing(_:with:)` did with the regular expressions these replaced.
    static func replacingGlosses(in text: String, _ gloss: (inout TextScanner) -> Range<String.Index>?) -> String {
        let found = TextScanner(text[...]).allMatches { (cursor) -> (whole: Range<String.Index>, year: Range<String.Index>)? in
            let start = cursor.position
            return gloss(&cursor).map { (start..<cursor.position, $0) }
        }
        guard !found.isEmpty else { return text }
        var result = ""
        var copied = text.startIndex
        for (whole, year) in found {
            result += text[copied..<whole.lowerBound]
            result += text[year]
            copied = whole.upperBound
        }
        return result + text[copied...]
    }

    /// `(?<year>[0-9０-９元])\s*[(（]\s*W[)）](?=\s*年)`, W the Western year `(?:19|20|１９|２０)[0-9０-９]{2}\s*`
    /// (`8(2026)年`): the era year's range.
    static func westernGloss(_ scanner: inout TextScanner) -> Range<String.Index>? {
        let start = scanner.position
        guard scanner.take(where: { isDigit($0) || $0 == "元" }) else { return nil }
        let year = start..<scanner.position
        scanner.skipWhitespace()
        guard openBracket(&scanner), westernYear(&scanner), scanner.take(where: { $0 == ")" || $0 == "）" }) else { return nil }
        var ahead = scanner
        ahead.skipWhitespace()
        return ahead.take("年") ? year : nil
    }

    /// `(?<year>E\s*年)\s*[(（]\s*W年\s*[)）]`, E the era year `(?:令和|平成|昭和)\s*(?:[0-9０-９]{1,2}|元)`
    /// (`令和8年（2026年）`): the era year's range, 年 included.
    static func westernYearGloss(_ scanner: inout TextScanner) -> Range<String.Index>? {
        let start = scanner.position
        guard eraYear(&scanner) else { return nil }
        let year = start..<scanner.position
        guard openBracket(&scanner), westernYear(&scanner), closeYear(&scanner) else { return nil }
        return year
    }

    /// `(?<year>W年)\s*[(（]\s*E\s*年\s*[)）]` (`2026年（令和8年）`): the Western year's range, 年 included.
    static func eraGloss(_ scanner: inout TextScanner) -> Range<String.Index>? {
        let start = scanner.position
        guard westernYear(&scanner), scanner.take("年") else { return nil }
        let year = start..<scanner.position
        guard openBracket(&scanner), eraYear(&scanner) else { return nil }
        scanner.skipWhitespace()
        return scanner.take { $0 == ")" || $0 == "）" } ? year : nil
    }

    /// `\s*[(（]\s*`.
    private static func openBracket(_ scanner: inout TextScanner) -> Bool {
        scanner.skipWhitespace()
        guard scanner.take(where: { $0 == "(" || $0 == "（" }) else { return false }
        scanner.skipWhitespace()
        return true
    }

    /// `年\s*[)）]`.
    private static func closeYear(_ scanner: inout TextScanner) -> Bool {
        guard scanner.take("年") else { return false }
        scanner.skipWhitespace()
        return scanner.take { $0 == ")" || $0 == "）" }
    }

    /// `(?:19|20|１９|２０)[0-9０-９]{2}\s*`. Greedy is the regex's answer throughout these
    /// glosses: a digit run is followed only by white space, 年 or a bracket.
    private static func westernYear(_ scanner: inout TextScanner) -> Bool {
        guard scanner.takeFirst(of: ["19", "20", "１９", "２０"]) != nil, scanner.run(2, 2, where: isDigit) != nil else { return false }
        scanner.skipWhitespace()
        return true
    }

    /// `(?:令和|平成|昭和)\s*(?:[0-9０-９]{1,2}|元)\s*年`.
    private static func eraYear(_ scanner: inout TextScanner) -> Bool {
        guard scanner.takeFirst(of: ["令和", "平成", "昭和"]) != nil else { return false }
        scanner.skipWhitespace()
        guard scanner.run(1, 2, where: isDigit) != nil || scanner.take("元") else { return false }
        scanner.skipWhitespace()
        return scanner.take("年")
    }

    /// `[0-9０-９]`: an ASCII or a full-width digit, alone in its `Character`.
    private static func isDigit(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return false }
        return (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    /// The parts of a whole `R8.4`, `令和8.4.1` or `R8年3月` by a scanner instead of the regular expression
    /// `(?<year>[RHS][0-9]{1,2})(?:[.\/](?<month>[0-9]{1,2})|年(?<worded>[0-9]{1,2})月)`: its
    /// digit runs end before `.`, `/`, 年, 月 or the end, so greedy is the regex's answer.
    static func letterParts(_ text: String) -> (year: Substring, month: Substring?, worded: Substring?)? {
        var scanner = TextScanner(text[...])
        // (Or the era's name, dotted as officials shorten a date: `令和8.4.1`.)
        let named = scanner.takeFirst(of: ["令和", "平成", "昭和"]) != nil
        guard named || scanner.take(where: { $0 == "R" || $0 == "H" || $0 == "S" }), scanner.digits(1, 2) != nil else { return nil }
        let year = text[text.startIndex..<scanner.position]
        var month: Substring?
        var worded: Substring?
        if scanner.take(where: { $0 == "." || $0 == "/" }) {
            guard let run = scanner.digits(1, 2) else { return nil }
            month = text[run]
            // (The day after a second dot, `令和8.4.1`: the month is what an edition keeps.)
            if named, scanner.take(where: { $0 == "." }), scanner.digits(1, 2) == nil { return nil }
        } else if scanner.take("年") {
            guard let run = scanner.digits(1, 2), scanner.take("月") else { return nil }
            worded = text[run]
        } else {
            return nil
        }
        return scanner.isAtEnd ? (year, month, worded) : nil
    }
}
