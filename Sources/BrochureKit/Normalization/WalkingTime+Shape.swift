extension WalkingTime {
    /// The parts of a walking time, found by a scanner instead of the regular expression
    /// `(?:徒歩で?|歩いて)\s*(?<about>約)?\s*(?<minutes>M)\s*(?:分)?(?:\s*[~-]\s*(?<maximum>M)\s*分|\s*分)`
    /// `(?<suffix>程度|ほど)?` with M = `[0-9]{1,3}|[一二三四五六七八九十]{1,3}` (2.0 M instructions
    /// to parse at first use).
    struct Shape {
        var range: Range<String.Index>
        var about: Substring?
        var minutes: Substring
        var maximum: Substring?
        var suffix: Substring?
    }

    /// The shape of the whole of `text`, as `wholeMatch` found it.
    static func wholeShape(_ text: Substring) -> Shape? {
        var scanner = TextScanner(text)
        return shape(&scanner, mustEnd: true)
    }

    /// The first shape in `text`, as `firstMatch` found it: tried at each `Character` in turn.
    static func firstShape(in text: Substring) -> Shape? {
        var scanner = TextScanner(text)
        while !scanner.isAtEnd {
            let start = scanner.position
            if let shape = shape(&scanner, mustEnd: false) { return shape }
            scanner.reset(to: start)
            scanner.take { _ in true }
        }
        return nil
    }

    private static let numerals = "一二三四五六七八九十"

    /// The regex's one real backtracking: `分?` takes a 分 greedily, and when neither way on
    /// (a range, or `\s*分`) follows, it gives the 分 back to `\s*分`. The four ways are tried in
    /// the regex's order, and with `mustEnd` (a whole match) only one that ends the text counts.
    private static func shape(_ scanner: inout TextScanner, mustEnd: Bool) -> Shape? {
        let text = scanner.text
        let start = scanner.position
        // (`徒歩で約10分`: the particle after 徒歩, as a sentence says it.)
        guard let walk = scanner.takeFirst(of: ["徒歩", "歩いて"]) else { return nil }
        if text[walk] == "徒歩" { scanner.take("で") }
        scanner.skipWhitespace()
        let about = scanner.takeFirst(of: ["約"])
        scanner.skipWhitespace()
        guard let minutes = number(&scanner) else { return nil }
        scanner.skipWhitespace()
        let beforeMinuteMark = scanner.position
        let marks = scanner.take("分") ? [scanner.position, beforeMinuteMark] : [beforeMinuteMark]
        for mark in marks {
            for ranged in [true, false] {
                scanner.reset(to: mark)
                var maximum: Range<String.Index>?
                if ranged {
                    scanner.skipWhitespace()
                    guard scanner.take(where: { $0 == "~" || $0 == "-" }) else { continue }
                    scanner.skipWhitespace()
                    guard let number = number(&scanner) else { continue }
                    maximum = number
                }
                scanner.skipWhitespace()
                guard scanner.take("分") else { continue }
                let suffix = scanner.takeFirst(of: ["程度", "ほど"])
                if mustEnd && !scanner.isAtEnd { continue }
                return Shape(range: start..<scanner.position, about: about.map { text[$0] }, minutes: text[minutes],
                             maximum: maximum.map { text[$0] }, suffix: suffix.map { text[$0] })
            }
        }
        return nil
    }

    /// `[0-9]{1,3}|[一…十]{1,3}`.
    private static func number(_ scanner: inout TextScanner) -> Range<String.Index>? {
        scanner.digits(1, 3) ?? scanner.run(1, 3, where: TextScanner.isAny(of: numerals))
    }
}
