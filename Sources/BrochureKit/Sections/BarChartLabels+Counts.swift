extension BarChartLabels {
    /// Whether `text` is wholly counts with their women bracketed, as the regular expression
    /// `(?:計?[0-9]{1,4}\([0-9]{1,4}\))+` matched it whole; each count's extent is fixed (its
    /// digits end before a bracket), so reading them one after another is the regex's answer.
    static func isCounts(_ text: Substring) -> Bool {
        var scanner = TextScanner(text)
        guard figure(&scanner) != nil else { return false }
        while !scanner.isAtEnd {
            guard figure(&scanner) != nil else { return false }
        }
        return true
    }

    /// Every match of what was `(?<total>計)?[0-9]{1,4}\([0-9]{1,4}\)`, left to right: the
    /// figure (without 計) and whether 計 came before it.
    static func figures(in text: Substring) -> [(total: Bool, figure: Substring)] {
        TextScanner(text).allMatches(figure)
    }

    /// `計?[0-9]{1,4}\([0-9]{1,4}\)` at the cursor, stepped over; nil (the cursor unmoved) when not there.
    private static func figure(_ scanner: inout TextScanner) -> (total: Bool, figure: Substring)? {
        let start = scanner.position
        let total = scanner.take("計")
        let figureStart = scanner.position
        guard scanner.digits(1, 4) != nil, scanner.take("("), scanner.digits(1, 4) != nil, scanner.take(")") else {
            scanner.reset(to: start)
            return nil
        }
        return (total, scanner.text[figureStart..<scanner.position])
    }
}
