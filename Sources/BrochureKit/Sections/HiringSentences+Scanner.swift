extension HiringSentences {
    /// A sentence's match: its year label, the body between `は` and `を採用`, and the verb after.
    struct Sentence {
        var range: Range<String.Index>
        var year: Substring
        var body: Substring
        var verb: Substring
    }

    /// One count of a body: its track, figure, women (or `none`, なし or 0) and where it ends.
    struct Item {
        var end: String.Index
        var track: Substring
        var count: Substring
        var women: Substring?
        var none: Substring?
    }

    /// Every match of what was the regular expression
    /// `(?<year>(?:令和|平成|R|H)?[0-9]{1,4}年度)は[,、]?(?<body>[^。]{1,80}?)を採用(?<verb>[^。]{0,20})。`,
    /// left to right and not overlapping, as `matches(of:)` found them.
    ///
    /// The body is lazy (the first `を採用` that a `。` follows within twenty characters ends it)
    /// and the comma after `は` may be the body's first character when the rest fails without
    /// it, so this backtracks as the regex did, with the backtracking helpers. `objects` are
    /// the words that may end the body (each three characters long, as `を採用` is).
    static func sentences(in text: Substring, objects: [String] = ["を採用"]) -> [Sentence] {
        let scanner = TextScanner(text)
        return scanner.allMatches { (cursor) in
            let start = cursor.position
            var yearEnd = start
            var bodyStart = start
            var bodyEnd = start
            var verbEnd = start
            let notStop: (Character) -> Bool = { $0 != "。" }
            let afterYear: TextScanner.Rest = { (position) in
                yearEnd = position
                return scanner.literal("は", at: position) { (afterWa) in
                    scanner.optional(from: afterWa, where: { $0 == "," || $0 == "、" }) { (start) in
                        bodyStart = start
                        return scanner.lazilyRepeated(1, 80, from: start, where: notStop) { (end) in
                            bodyEnd = end
                            return objects.contains { object in
                                scanner.literal(object, at: end) { (verb) in
                                    scanner.repeated(0, 20, from: verb, where: notStop) { (stop) in
                                        scanner.literal("。", at: stop) { _ in
                                            verbEnd = stop
                                            return true
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            let year: TextScanner.Rest = { (position) in
                scanner.repeated(1, 4, from: position, where: TextScanner.isDigit) { scanner.literal("年度", at: $0, afterYear) }
            }
            let prefixed = ["令和", "平成", "R", "H"].contains { scanner.literal($0, at: start, year) }
            guard prefixed || year(start) else { return nil }
            let afterVerb = text.index(after: verbEnd)
            cursor.reset(to: afterVerb)
            return Sentence(range: start..<afterVerb, year: text[start..<yearEnd], body: text[bodyStart..<bodyEnd],
                            verb: text[text.index(bodyEnd, offsetBy: 3)..<verbEnd])
        }
    }

    /// What was `(?<track>[^0-9()、,。・]{1,12}?)(?<count>[0-9]{1,4})(?:名|人)`
    /// `(?:\((?:うち)?女性(?:(?<women>[0-9]{1,4})(?:名|人)|(?<none>なし|0))\))?` matched at the start of
    /// `text` (`prefixMatch`), the lazy track tried shortest first.
    static func item(at text: Substring) -> Item? {
        let scanner = TextScanner(text)
        var item = Item(end: text.startIndex, track: text[text.startIndex..<text.startIndex], count: text[text.startIndex..<text.startIndex])
        let isTrack: (Character) -> Bool = { !TextScanner.isDigit($0) && !"()、,。・".contains($0) }
        let matched = scanner.lazilyRepeated(1, 12, from: text.startIndex, where: isTrack) { (trackEnd) in
            scanner.repeated(1, 4, from: trackEnd, where: TextScanner.isDigit) { (countEnd) in
                guard let unit = scanner.character(at: countEnd), unit == "名" || unit == "人" else { return false }
                item.track = text[text.startIndex..<trackEnd]
                item.count = text[trackEnd..<countEnd]
                item.end = text.index(after: countEnd)
                return true
            }
        }
        guard matched else { return nil }
        if let women = bracket(scanner, from: item.end) {
            (item.women, item.none, item.end) = (women.women.map { text[$0] }, women.none.map { text[$0] }, women.end)
        }
        return item
    }

    /// `\((?:うち)?女性(?:(?<women>[0-9]{1,4})(?:名|人)|(?<none>なし|0))\)` at `position`, or nil.
    private static func bracket(_ scanner: TextScanner, from position: String.Index)
        -> (women: Range<String.Index>?, none: Range<String.Index>?, end: String.Index)? {
        var cursor = scanner.cursor(at: position)
        guard cursor.take("(") else { return nil }
        cursor.take("うち")
        guard cursor.take("女性") else { return nil }
        let start = cursor.position
        if let women = cursor.digits(1, 4), cursor.take(where: { $0 == "名" || $0 == "人" }), cursor.take(")") {
            return (women, nil, cursor.position)
        }
        cursor.reset(to: start)
        guard let none = cursor.takeFirst(of: ["なし", "0"]), cursor.take(")") else { return nil }
        return (nil, none, cursor.position)
    }
}
