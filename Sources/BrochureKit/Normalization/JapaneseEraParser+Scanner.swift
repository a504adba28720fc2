extension JapaneseEraParser {
    /// One era-shaped run of a text before ICU has checked it: the parts the regular
    /// expressions used to capture, as slices of the scanned text.
    struct EraCandidate: Sendable {
        var text: Substring
        var range: Range<String.Index>
        var era: Substring
        var year: Substring
        var month: Substring?
        var day: Substring?
        var isFiscal: Bool
        var isAsOf: Bool
        /// The one-letter form (R7), which ICU reads with its own pattern.
        var letter: Bool
    }

    /// Every match, left to right and not overlapping, of what was the regular expression
    /// `(?<era>明治|…|令和)\s*(?<year>元|[0-9]{1,4}|[〇一…十]{1,4})\s*年(?<fiscal>度)?`
    /// `(?:\s*(?<month>[0-9]{1,2}|[一…十]{1,3})\s*月(?:\s*(?<day>[0-9]{1,2}|[一…十]{1,4})\s*日(?:\s*[(（][月火水木金土日](?:曜日|曜)?[)）])?)?)?`
    /// `(?<asof>\s*(?:現在|時点))?`, and the shortened form `(?<era>令|平|昭)(?<year>元|[0-9]{1,2})年…`.
    ///
    /// It ran over every line with an era name in it, and its parse, compile and matching were
    /// a tenth of a two-page `extract`. No backtracking is lost: a digit or numeral run can be
    /// followed only by white space and 年, 月 or 日, which no shorter run would change, and
    /// each optional group either matches whole or is left out.
    static func namedCandidates(in text: Substring) -> [EraCandidate] {
        TextScanner(text).allMatches(named)
    }

    /// Every match of what was `(?<era>[MTSHR])\s?(?<year>元|[0-9]{1,2})(?:\s*年(?<fiscal>度)?)?`
    /// (the letters read from ICU), left to right and not overlapping, as `matches(of:)` found them.
    static func letterCandidates(in text: Substring) -> [EraCandidate] {
        TextScanner(text).allMatches(lettered)
    }

    private static let eraNames = JapaneseEra.all.map(\.name)
    private static let eraLetters = JapaneseEra.all.map(\.letter).joined()
    private static let yearNumerals = "〇一二三四五六七八九十"
    private static let numerals = "一二三四五六七八九十"

    private static func named(_ scanner: inout TextScanner) -> EraCandidate? {
        let start = scanner.position
        let year: Range<String.Index>
        let era: Range<String.Index>
        if let name = scanner.takeFirst(of: eraNames) {
            era = name
            scanner.skipWhitespace()
            guard let written = scanner.takeFirst(of: ["元"]) ?? scanner.digits(1, 4)
                    ?? scanner.run(1, 4, where: TextScanner.isAny(of: yearNumerals)) else { return nil }
            year = written
            scanner.skipWhitespace()
        } else if let short = scanner.takeFirst(of: JapaneseEra.shortForms) {
            // `令3年度`: the era's first kanji, the year in figures straight after it, then 年.
            era = short
            guard let written = scanner.takeFirst(of: ["元"]) ?? scanner.digits(1, 2) else { return nil }
            year = written
        } else {
            return nil
        }
        guard scanner.take("年") else { return nil }
        let fiscal = scanner.take("度")
        var month: Range<String.Index>?
        var day: Range<String.Index>?
        let afterYear = scanner.position
        if let written = numberThen("月", maximumNumerals: 3, &scanner) {
            month = written
            let afterMonth = scanner.position
            day = numberThen("日", maximumNumerals: 4, &scanner)
            if day == nil { scanner.reset(to: afterMonth) } else { weekday(&scanner) }
        } else {
            scanner.reset(to: afterYear)
        }
        let asOf = asOfMark(&scanner)
        let text = scanner.text
        return EraCandidate(text: text, range: start..<scanner.position, era: text[era], year: text[year],
                            month: month.map { text[$0] }, day: day.map { text[$0] },
                            isFiscal: fiscal, isAsOf: asOf, letter: false)
    }

    /// `\s*(?<n>[0-9]{1,2}|[一…十]{1,maximumNumerals})\s*<unit>`: the number's range, or nil
    /// (the cursor then somewhere inside, for the caller to reset).
    private static func numberThen(_ unit: String, maximumNumerals: Int, _ scanner: inout TextScanner) -> Range<String.Index>? {
        scanner.skipWhitespace()
        guard let number = scanner.digits(1, 2) ?? scanner.run(1, maximumNumerals, where: TextScanner.isAny(of: numerals))
        else { return nil }
        scanner.skipWhitespace()
        return scanner.take(unit) ? number : nil
    }

    /// `(?:\s*[(（][月火水木金土日](?:曜日|曜)?[)）])?`: the weekday a date may name in brackets
    /// after its day (`令和8年4月1日（水）現在`), stepped over when it is there.
    static func weekday(_ scanner: inout TextScanner) {
        let start = scanner.position
        scanner.skipWhitespace()
        if scanner.take(where: { $0 == "(" || $0 == "（" }), scanner.take(where: { "月火水木金土日".contains($0) }) {
            _ = scanner.takeFirst(of: ["曜日", "曜"])
            if scanner.take(where: { $0 == ")" || $0 == "）" }) { return }
        }
        scanner.reset(to: start)
    }

    /// `(?<asof>\s*(?:現在|時点))?`: whether it is there (stepped over) or not (cursor unmoved).
    static func asOfMark(_ scanner: inout TextScanner) -> Bool {
        let start = scanner.position
        scanner.skipWhitespace()
        if scanner.takeFirst(of: ["現在", "時点"]) != nil { return true }
        scanner.reset(to: start)
        return false
    }

    private static func lettered(_ scanner: inout TextScanner) -> EraCandidate? {
        let start = scanner.position
        guard scanner.take(where: { eraLetters.contains($0) }) else { return nil }
        let era = start..<scanner.position
        scanner.take(where: \.isWhitespace)
        guard let year = scanner.takeFirst(of: ["元"]) ?? scanner.digits(1, 2) else { return nil }
        let afterYear = scanner.position
        scanner.skipWhitespace()
        var fiscal = false
        if scanner.take("年") {
            fiscal = scanner.take("度")
        } else {
            scanner.reset(to: afterYear)
        }
        let text = scanner.text
        return EraCandidate(text: text, range: start..<scanner.position, era: text[era], year: text[year],
                            month: nil, day: nil, isFiscal: fiscal, isAsOf: false, letter: true)
    }
}
