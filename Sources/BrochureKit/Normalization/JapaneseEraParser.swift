import Foundation

/// Finds era expressions in text and checks them against ICU's Japanese calendar.
///
/// Finding is done by a scanner over ICU's era names and letters; the meaning
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

    /// Every era expression in `text`, in order; an impossible one throws.
    static func matches(in text: String) throws(NormalizationError) -> [Match] {
        try NormalizationClock.timing { () throws(NormalizationError) in
            let found = try candidates(in: text)
            // (Most texts hold no era: the calendar is made only for one that does.)
            guard !found.isEmpty else { return [] }
            let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())
            return try found.map { (item) throws(NormalizationError) in
                try interpret(item, original: text, currentYear: currentYear)
            }
        }
    }

    /// The first era expression in `text`: only it goes to ICU, so a later impossible one
    /// (`令和5年度（平成99年）`) does not spoil it.
    static func firstMatch(in text: String) throws(NormalizationError) -> Match? {
        try NormalizationClock.timing { () throws(NormalizationError) in
            guard let item = try candidates(in: text).first else { return nil }
            let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())
            return try interpret(item, original: text, currentYear: currentYear)
        }
    }

    /// The era-shaped runs of `text`, in order, before ICU has checked them.
    private static func candidates(in text: String) throws(NormalizationError) -> [EraCandidate] {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text)
        var found: [EraCandidate] = []
        let may = mayHold(normalized)
        // A shortened era (`令3年度`) is no part of a word (`法令3年`): no kanji before it.
        if may.named { found = namedCandidates(in: normalized[...]).filter { $0.era.count > 1 || !Self.followsKanji($0.range, in: normalized) } }
        for match in may.letter ? letterCandidates(in: normalized[...]) : [] where isStandalone(match.range, in: normalized) {
            if !found.contains(where: { $0.range.overlaps(match.range) }) { found.append(match) }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether a kanji stands right before `range`.
    private static func followsKanji(_ range: Range<String.Index>, in text: String) -> Bool {
        guard range.lowerBound > text.startIndex, let scalar = text[text.index(before: range.lowerBound)].unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
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

    private static func interpret(_ match: EraCandidate, original: String, currentYear: Int) throws(NormalizationError) -> Match {
        let matched = String(match.text[match.range])
        guard let era = JapaneseEra.named(String(match.era)) ?? JapaneseEra.shortened(String(match.era)) else { throw .unknownEra(original) }
        let yearText = String(match.year)
        let writtenYear = yearText == "元" ? 1 : try JapaneseNumeral.value(of: Substring(yearText), original: original)
        // Months and days in kanji too (`令和八年一月`), as a vertical or formal page sets them.
        let month = try match.month.map { (text) throws(NormalizationError) in try JapaneseNumeral.value(of: text, original: original) }
        let day = try match.day.map { (text) throws(NormalizationError) in try JapaneseNumeral.value(of: text, original: original) }
        let icuText: String
        let pool: ICUMemo<ICUDateParser, ICUDateFields?>
        if match.letter {
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
                     isFiscal: match.isFiscal, isAsOf: match.isAsOf, text: matched)
    }
}
