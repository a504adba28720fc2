extension Headcount {
    /// The count and bracketed women of a whole headcount cell, found by a scanner instead of
    /// the regular expression `^(?<count>N)\s*(?:名|人)?\s*(?:\(\s*(?:うち)?\s*(?:女性|女)?\s*[:：]?\s*`
    /// `(?<women>N)\s*(?:名|人)?\s*\))?$` with N = `[0-9]{1,3}(?:,[0-9]{3})+|[0-9〇一…十百千]+`
    /// (2.5 M instructions to parse at first use, then a regex run per cell).
    ///
    /// Greedy is the regex's answer: a number is followed by nothing a shorter one would let
    /// match (a comma group left over starts with `,`, which only a number takes), 女 after a
    /// failed 女性 would leave 性 unmatched, and the bracket group, once begun, must match for
    /// the text to end.
    static func shape(_ text: Substring) -> (count: Substring, women: Substring?)? {
        var scanner = TextScanner(text)
        guard let count = number(&scanner) else { return nil }
        scanner.skipWhitespace()
        _ = scanner.takeFirst(of: ["名", "人"])
        scanner.skipWhitespace()
        var women: Substring?
        // (Tortoise-shell, angle and lenticular brackets serve some tables as round ones do:
        // `3〔2〕`, `3〈1〉`, `3【2】`.)
        let close: Character? = scanner.take("(") ? ")" : scanner.take("〔") ? "〕" : scanner.take("〈") ? "〉" : scanner.take("【") ? "】" : nil
        // (Or the women after `♀`: `3 ♀1`.)
        if close == nil, scanner.take("♀") {
            scanner.skipWhitespace()
            guard let run = number(&scanner) else { return nil }
            women = text[run]
            scanner.skipWhitespace()
            _ = scanner.takeFirst(of: ["名", "人"])
        } else if let close {
            scanner.skipWhitespace()
            scanner.take("うち")
            scanner.skipWhitespace()
            _ = scanner.takeFirst(of: ["女性", "女"])
            scanner.skipWhitespace()
            scanner.take { $0 == ":" || $0 == "：" }
            scanner.skipWhitespace()
            guard let run = number(&scanner) else { return nil }
            women = text[run]
            scanner.skipWhitespace()
            _ = scanner.takeFirst(of: ["名", "人"])
            scanner.skipWhitespace()
            guard scanner.take(close) else { return nil }
        }
        guard scanner.isAtEnd else { return nil }
        return (text[count], women)
    }

    private static let numerals = "0123456789〇一二三四五六七八九十百千"

    /// `[0-9]{1,3}(?:,[0-9]{3})+|[0-9〇一…十百千]+`: thousands with commas, else a numeral run.
    private static func number(_ scanner: inout TextScanner) -> Range<String.Index>? {
        let start = scanner.position
        if scanner.digits(1, 3) != nil {
            var groups = 0
            while true {
                let before = scanner.position
                guard scanner.take(","), scanner.digits(3, 3) != nil else {
                    scanner.reset(to: before)
                    break
                }
                groups += 1
            }
            if groups > 0 { return start..<scanner.position }
            scanner.reset(to: start)
        }
        return scanner.run(where: TextScanner.isAny(of: numerals))
    }
}
