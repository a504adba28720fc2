import Foundation

/// Finds era expressions in text and checks them against ICU's Japanese calendar.
///
/// Finding is done with a regular expression built from ICU's era names; the meaning
/// (元年, the Gregorian year, whether the year exists in the era) comes from ICU's
/// `ja_JP@calendar=japanese` date parser. One parser per pattern lives in an `ICUPool`
/// because `UDateFormat` parsing is not thread-safe.
enum JapaneseEraParser {
    /// One era expression found in a text.
    struct Match: Sendable {
        var era: JapaneseEra
        var eraYear: Int
        var gregorianYear: Int
        var month: Int?
        var day: Int?
        var isFiscal: Bool
        var isAsOf: Bool
        var text: String
    }

    private static func pool(_ pattern: String) -> ICUMemo<ICUDateParser, ICUDateFields?> {
        do {
            let pool = ICUPool(prototype: try ICUDateParser(pattern: pattern)) { (p) throws(NormalizationError) in try p.clone() }
            return ICUMemo(pool: pool) { (parser, text) in parser.parse(text) }
        } catch {
            fatalError("BrochureKit: \(error.localizedDescription)")
        }
    }

    private static let yearPool = pool("Gy年")
    private static let monthPool = pool("Gy年M月")
    private static let dayPool = pool("Gy年M月d日")
    private static let letterPool = pool("GGGGGy")

    // Regex is not declared Sendable, but a built Regex is immutable and its lazily compiled
    // program is published atomically, so sharing one across tasks is safe (tested).
    private nonisolated(unsafe) static let namedForm: Regex<AnyRegexOutput> = {
        let names = JapaneseEra.all.map(\.name).joined(separator: "|")
        // swiftlint:disable:next force_try
        return try! Regex(#"(?<era>\#(names))\s*(?<year>元|[0-9]{1,4}|[〇一二三四五六七八九十]{1,4})\s*年(?<fiscal>度)?(?:\s*(?<month>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?<day>[0-9]{1,2}|[一二三四五六七八九十]{1,4})\s*日)?)?(?<asof>\s*(?:現在|時点))?"#)
    }()

    private nonisolated(unsafe) static let letterForm: Regex<AnyRegexOutput> = {
        let letters = JapaneseEra.all.map(\.letter).joined()
        // swiftlint:disable:next force_try
        return try! Regex(#"(?<era>[\#(letters)])\s?(?<year>元|[0-9]{1,2})(?:\s*年(?<fiscal>度)?)?"#)
    }()

    /// Every era expression in `text`, in order; an impossible one throws.
    static func matches(in text: String) throws(NormalizationError) -> [Match] {
        try NormalizationClock.timing { () throws(NormalizationError) in
            let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())
            return try candidates(in: text).map { (item) throws(NormalizationError) in
                try interpret(item.match, letter: item.letter, original: text, currentYear: currentYear)
            }
        }
    }

    /// The first era expression in `text`: only it goes to ICU, so a later impossible one
    /// (`令和5年度（平成99年）`) does not spoil it.
    static func firstMatch(in text: String) throws(NormalizationError) -> Match? {
        try NormalizationClock.timing { () throws(NormalizationError) in
            guard let item = try candidates(in: text).first else { return nil }
            let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())
            return try interpret(item.match, letter: item.letter, original: text, currentYear: currentYear)
        }
    }

    /// The era-shaped runs of `text`, in order, before ICU has checked them.
    private static func candidates(
        in text: String
    ) throws(NormalizationError) -> [(range: Range<String.Index>, match: Regex<AnyRegexOutput>.Match, letter: Bool)] {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text)
        var found: [(range: Range<String.Index>, match: Regex<AnyRegexOutput>.Match, letter: Bool)] = []
        let may = mayHold(normalized)
        if may.named { for match in normalized.matches(of: namedForm) { found.append((match.range, match, false)) } }
        for match in may.letter ? normalized.matches(of: letterForm) : [] where isStandalone(match.range, in: normalized) {
            if !found.contains(where: { $0.range.overlaps(match.range) }) { found.append((match.range, match, true)) }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A letter form must not sit inside a Latin word or number (H2O, PR2, A2出口, 1R2).
    private static func isStandalone(_ range: Range<String.Index>, in text: String) -> Bool {
        if range.lowerBound > text.startIndex {
            let before = text[text.index(before: range.lowerBound)]
            if before.isASCII && (before.isLetter || before.isNumber) { return false }
        }
        if range.upperBound < text.endIndex {
            let after = text[range.upperBound]
            if after.isASCII && (after.isLetter || after.isNumber) { return false }
            if after == "出" || after == "番" || after == "階" { return false }
        }
        return true
    }

    private static func capture(_ match: Regex<AnyRegexOutput>.Match, _ name: String) -> String? {
        match.output[name]?.substring.map(String.init)
    }

    private static func interpret(_ match: Regex<AnyRegexOutput>.Match, letter: Bool,
                                  original: String, currentYear: Int) throws(NormalizationError) -> Match {
        let matched = String(match.output[0].substring ?? "")
        guard let eraText = capture(match, "era"), let era = JapaneseEra.named(eraText),
              let yearText = capture(match, "year") else { throw .unknownEra(original) }
        let writtenYear = yearText == "元" ? 1 : try JapaneseNumeral.value(of: Substring(yearText), original: original)
        // Months and days in kanji too (`令和八年一月`), as a vertical or formal page sets them.
        let month = try capture(match, "month").map { (text) throws(NormalizationError) in try JapaneseNumeral.value(of: Substring(text), original: original) }
        let day = try capture(match, "day").map { (text) throws(NormalizationError) in try JapaneseNumeral.value(of: Substring(text), original: original) }
        let icuText: String
        let pool: ICUMemo<ICUDateParser, ICUDateFields?>
        if letter {
            icuText = "\(era.letter)\(writtenYear)"
            pool = letterPool
        } else if let month, let day {
            // The day goes to ICU too: 令和5年2月30日 does not exist, and 平成31年5月1日 is 令和.
            icuText = "\(era.name)\(yearText == "元" ? "元" : String(writtenYear))年\(month)月\(day)日"
            pool = dayPool
        } else if let month {
            icuText = "\(era.name)\(yearText == "元" ? "元" : String(writtenYear))年\(month)月"
            pool = monthPool
        } else {
            icuText = "\(era.name)\(yearText == "元" ? "元" : String(writtenYear))年"
            pool = yearPool
        }
        let fields = try pool.answer(for: icuText)
        guard let fields, fields.parsedLength == icuText.utf16.count else {
            throw .impossibleEraDate(matched, reason: "ICU's Japanese calendar does not accept “\(icuText)”")
        }
        guard let computed = JapaneseEra.all.first(where: { $0.index == fields.era }) else {
            throw .impossibleEraDate(matched, reason: "era index \(fields.era) is outside 明治…\(JapaneseEra.all.last?.name ?? "")")
        }
        guard computed.index == era.index, fields.year == writtenYear else {
            let when = month.map { "\(fields.extendedYear)年\($0)月" + (day.map { "\($0)日" } ?? "") } ?? "\(fields.extendedYear)年"
            throw .impossibleEraDate(matched, reason: "\(era.name)\(writtenYear)年 does not exist; \(when) is \(computed.name)\(fields.year)年")
        }
        guard writtenYear <= era.lastYear(currentGregorianYear: currentYear) else {
            throw .impossibleEraDate(matched, reason: "\(era.name) has not reached year \(writtenYear) (\(fields.extendedYear))")
        }
        return Match(era: era, eraYear: writtenYear, gregorianYear: fields.extendedYear, month: month, day: day,
                     isFiscal: capture(match, "fiscal") != nil, isAsOf: capture(match, "asof") != nil, text: matched)
    }
}
