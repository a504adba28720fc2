extension SexSplitCount {
    /// The two figures of a whole cell, by a scanner instead of the regular expression
    /// `(?<first>[男女])性?(?<a>[0-9]{1,4})[名人]?[・･、,/／ ]?(?<second>[男女])性?(?<b>[0-9]{1,4})[名人]?`
    /// (0.98 M instructions to parse at first use).
    ///
    /// Greedy is the regex's answer: nothing a part gives back could be taken by the next
    /// (a digit, 性, 名 or a separator is never a 男 or 女, and the text must end after the last).
    static func shape(_ text: String) -> (first: Character, a: Substring, second: Character, b: Substring)? {
        var scanner = TextScanner(text[...])
        guard let first = sex(&scanner), let a = figure(&scanner) else { return nil }
        scanner.take { "・･、,/／ ".contains($0) }
        guard let second = sex(&scanner), let b = figure(&scanner), scanner.isAtEnd else { return nil }
        return (first, text[a], second, text[b])
    }

    /// `[男女]性?`.
    private static func sex(_ scanner: inout TextScanner) -> Character? {
        guard let sex = scanner.current, sex == "男" || sex == "女" else { return nil }
        scanner.take(sex)
        scanner.take("性")
        return sex
    }

    /// `[0-9]{1,4}[名人]?`: the digits' range.
    private static func figure(_ scanner: inout TextScanner) -> Range<String.Index>? {
        guard let digits = scanner.digits(1, 4) else { return nil }
        scanner.take { $0 == "名" || $0 == "人" }
        return digits
    }
}
