extension WomenBelowCount {
    /// The two figures of a whole cell, by a scanner instead of the regular expression
    /// `(?<count>[0-9]{1,4})[名人]?うち女性(?<women>[0-9]{1,4})[名人]?` (0.6 M instructions to
    /// parse at first use); greedy, as each digit run ends before a 名, 人, う or the end.
    static func shape(_ text: String) -> (count: Substring, women: Substring)? {
        var scanner = TextScanner(text[...])
        guard let count = scanner.digits(1, 4) else { return nil }
        scanner.take { $0 == "名" || $0 == "人" }
        guard scanner.take("うち女性"), let women = scanner.digits(1, 4) else { return nil }
        scanner.take { $0 == "名" || $0 == "人" }
        return scanner.isAtEnd ? (text[count], text[women]) : nil
    }
}
