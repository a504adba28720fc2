extension WesternDate {
    /// One match of what was the regular expression `(?<year>(?:19|20)[0-9]{2})`
    /// `(?:\s*[(（](?:令和|平成|昭和)\s*(?:[0-9]{1,2}|元)[)）])?\s*`
    /// `(?:年\s*(?<month>[0-9]{1,2})\s*月(?:\s*(?<day>[0-9]{1,2})\s*日)?|[.\/](?<month2>[0-9]{1,2})(?:[.\/](?<day2>[0-9]{1,2}))?)`
    /// `(?<asof>\s*(?:現在|時点))?`, as slices of the scanned text (2.5 M instructions to parse
    /// at first use, then a search over every line with a digit).
    struct Form {
        var range: Range<String.Index>
        var year: Substring
        var month: Substring?
        var day: Substring?
        var month2: Substring?
        var day2: Substring?
        var asof: Substring?
    }

    /// Every match in `text`, left to right and not overlapping, as `matches(of:)` found them.
    ///
    /// Greedy is the regex's answer here: a digit run is followed only by white space, a
    /// bracket or 年, 月, 日, `.`, `/`, which a shorter run would leave a digit in front of, and the
    /// two ways on after the year begin with different characters (年 or `.` `/`).
    static func forms(in text: Substring) -> [Form] {
        TextScanner(text).allMatches(form)
    }

    private static func form(_ scanner: inout TextScanner) -> Form? {
        let text = scanner.text
        let start = scanner.position
        guard scanner.takeFirst(of: ["19", "20"]) != nil, scanner.digits(2, 2) != nil else { return nil }
        var form = Form(range: start..<start, year: text[start..<scanner.position])
        let afterYear = scanner.position
        if !eraGloss(&scanner) { scanner.reset(to: afterYear) }
        scanner.skipWhitespace()
        if scanner.take("年") {
            scanner.skipWhitespace()
            guard let month = scanner.digits(1, 2) else { return nil }
            scanner.skipWhitespace()
            guard scanner.take("月") else { return nil }
            form.month = text[month]
            let afterMonth = scanner.position
            scanner.skipWhitespace()
            let day = scanner.digits(1, 2)
            scanner.skipWhitespace()
            if let day, scanner.take("日") {
                form.day = text[day]
            } else {
                scanner.reset(to: afterMonth)
            }
        } else if scanner.take(where: isDateSeparator) {
            guard let month = scanner.digits(1, 2) else { return nil }
            form.month2 = text[month]
            let afterMonth = scanner.position
            if scanner.take(where: isDateSeparator), let day = scanner.digits(1, 2) {
                form.day2 = text[day]
            } else {
                scanner.reset(to: afterMonth)
            }
        } else {
            return nil
        }
        let beforeAsOf = scanner.position
        if JapaneseEraParser.asOfMark(&scanner) { form.asof = text[beforeAsOf..<scanner.position] }
        form.range = start..<scanner.position
        return form
    }

    private static func isDateSeparator(_ character: Character) -> Bool {
        character == "." || character == "/"
    }

    /// `\s*[(（](?:令和|平成|昭和)\s*(?:[0-9]{1,2}|元)[)）]`, stepped over when it is there.
    private static func eraGloss(_ scanner: inout TextScanner) -> Bool {
        scanner.skipWhitespace()
        guard scanner.take(where: { $0 == "(" || $0 == "（" }), scanner.takeFirst(of: ["令和", "平成", "昭和"]) != nil else { return false }
        scanner.skipWhitespace()
        guard scanner.digits(1, 2) != nil || scanner.take("元") else { return false }
        return scanner.take { $0 == ")" || $0 == "）" }
    }
}
