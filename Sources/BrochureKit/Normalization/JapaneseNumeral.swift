/// Reads numbers written in digits, kanji or both (５, 22, 二十二, 二〇二四, 弐拾, １０万, 2万5千).
///
/// Pure kanji runs go to ICU's Japanese spell-out rules (RBNF), which understand both
/// positional (二〇二四) and multiplicative (二千二十四) forms. ICU does not read Arabic
/// digits mixed with kanji units, so those runs are split at 万/億/兆 and each group is
/// read on its own; 大字 (壱, 弐, 参, 拾) are mapped to ordinary kanji first.
public enum JapaneseNumeral {
    /// Characters that can make up a number once the text is normalised.
    static let kanjiDigits: Set<Character> = ["〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    static let smallUnits: [Character: Int] = ["十": 10, "百": 100, "千": 1_000]
    static let largeUnits: [Character: Int] = ["万": 10_000, "億": 100_000_000, "兆": 1_000_000_000_000]
    /// 大字 (legal forms) to the everyday kanji ICU's rules know.
    static let daiji: [Character: Character] = ["壱": "一", "弐": "二", "参": "三", "拾": "十", "萬": "万", "阡": "千", "佰": "百"]

    static func isNumeralCharacter(_ c: Character) -> Bool {
        c.isASCII && c.isNumber || kanjiDigits.contains(c) || smallUnits[c] != nil || largeUnits[c] != nil
            || daiji[c] != nil
    }

    private static let spellout: ICUMemo<ICUSpellout, (value: Double, parsedUTF16: Int)?> = {
        do {
            let pool = ICUPool(prototype: try ICUSpellout(locale: "ja")) { (p) throws(NormalizationError) in try p.clone() }
            return ICUMemo(pool: pool) { (format, text) in format.parse(text) }
        } catch {
            fatalError("BrochureKit: \(error.localizedDescription)")
        }
    }()

    /// A digit or 十: what makes a run a number rather than a word (百貨店, 千代田区, 万全).
    static func hasDigitValue(_ c: Character) -> Bool {
        c.isASCII && c.isNumber || kanjiDigits.contains(c) || c == "十"
    }

    /// The first run of numeral characters in `text` (after normalisation), if any.
    /// Units alone (百 in 百貨店, 千 in 千代田区) count only when they are the whole text.
    public static func firstRun(in text: String) throws(NormalizationError) -> Substring? {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text)[...]
        var index = normalized.startIndex
        while index < normalized.endIndex {
            guard isNumeralCharacter(normalized[index]) else {
                index = normalized.index(after: index)
                continue
            }
            var end = index
            while end < normalized.endIndex,
                  isNumeralCharacter(normalized[end]) || isDigitGroupComma(in: normalized, at: end) {
                end = normalized.index(after: end)
            }
            let run = normalized[index..<end]
            let isWholeText = run.count == normalized.count
            if isWholeText || run.contains(where: { hasDigitValue(daiji[$0] ?? $0) }) {
                return run
            }
            index = end
        }
        return nil
    }

    /// Parses the first number in `text`; throws `.notANumber` if there is none.
    public static func parse(_ text: String) throws(NormalizationError) -> Int {
        guard let run = try firstRun(in: text) else { throw .notANumber(text) }
        return try value(of: run, original: text)
    }

    /// A comma between ASCII digits, as in 1,000.
    private static func isDigitGroupComma(in text: Substring, at index: Substring.Index) -> Bool {
        guard text[index] == ",", index > text.startIndex else { return false }
        let next = text.index(after: index)
        return next < text.endIndex && text[text.index(before: index)].isASCII && text[text.index(before: index)].isNumber
            && text[next].isASCII && text[next].isNumber
    }

    /// Runs longer than this are refused before reaching ICU: no representable number needs
    /// more characters (九千九百九十九兆… is 20), and RBNF parsing slows down on long input.
    static let maximumRunLength = 40

    /// The value of a run made only of numeral characters.
    static func value(of run: Substring, original: String) throws(NormalizationError) -> Int {
        let plain = String(run.filter { $0 != "," }.map { daiji[$0] ?? $0 })
        // A lone comma (or nothing) is not a number; it must not be reported as too large.
        guard !plain.isEmpty else { throw .notANumber(original) }
        if plain.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let value = Int(plain) else { throw .numberOutOfRange(original) }
            return value
        }
        guard plain.count <= maximumRunLength else { throw .numberOutOfRange(original) }
        if !plain.contains(where: { $0.isASCII }) {
            return try kanjiValue(plain, original: original)
        }
        return try mixedValue(plain, original: original)
    }

    /// A pure-kanji run through ICU's spell-out rules; it must be read completely.
    static func kanjiValue(_ text: String, original: String) throws(NormalizationError) -> Int {
        let parsed = try spellout.answer(for: text)
        guard let parsed, parsed.parsedUTF16 == text.utf16.count else { throw .notANumber(original) }
        guard parsed.value >= 0, parsed.value < 9.0e15, parsed.value == parsed.value.rounded() else {
            throw .numberOutOfRange(original)
        }
        return Int(parsed.value)
    }

    /// Digits mixed with kanji units (2万, 10万, 1億2000万, 3千): groups split at 万/億/兆.
    ///
    /// Units must descend (1億2000万, not 1万2億) and every group after the first must fit
    /// below the unit before it (2万5000, not 2万25000): anything else is a misread cell,
    /// not a number. All arithmetic is overflow-checked, because Swift traps on overflow.
    static func mixedValue(_ text: String, original: String) throws(NormalizationError) -> Int {
        var total = 0
        var group = ""
        var previousUnit: Int?
        for character in text {
            guard let unit = largeUnits[character] else {
                group.append(character)
                continue
            }
            if let previousUnit, unit >= previousUnit { throw .notANumber(original) }
            if group.isEmpty && previousUnit != nil { throw .notANumber(original) }
            let value = group.isEmpty ? 1 : try groupValue(group, original: original)
            if let previousUnit, value >= previousUnit / unit { throw .notANumber(original) }
            total = try add(total, multiply(value, unit, original), original)
            previousUnit = unit
            group = ""
        }
        if !group.isEmpty {
            let value = try groupValue(group, original: original)
            if let previousUnit, value >= previousUnit { throw .notANumber(original) }
            total = try add(total, value, original)
        }
        return total
    }

    /// One group below 万: digits (2500), kanji (二千五百) or digits with a unit (2千5百).
    private static func groupValue(_ group: String, original: String) throws(NormalizationError) -> Int {
        if group.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let value = Int(group) else { throw .numberOutOfRange(original) }
            return value
        }
        if !group.contains(where: { $0.isASCII }) { return try kanjiValue(group, original: original) }
        var value = 0
        var digits = ""
        var previousUnit: Int?
        for character in group {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else if let unit = smallUnits[character] {
                if let previousUnit, unit >= previousUnit { throw .notANumber(original) }
                let multiplier = try digitsValue(digits, default: 1, original: original)
                if let previousUnit, multiplier >= previousUnit / unit { throw .notANumber(original) }
                value = try add(value, multiply(multiplier, unit, original), original)
                previousUnit = unit
                digits = ""
            } else {
                throw .notANumber(original)
            }
        }
        let rest = try digitsValue(digits, default: 0, original: original)
        if let previousUnit, rest >= previousUnit { throw .notANumber(original) }
        return try add(value, rest, original)
    }

    /// ASCII digits as an Int; `fallback` when there are none, out of range when too many.
    private static func digitsValue(_ digits: String, default fallback: Int,
                                    original: String) throws(NormalizationError) -> Int {
        if digits.isEmpty { return fallback }
        guard let value = Int(digits) else { throw .numberOutOfRange(original) }
        return value
    }

    private static func multiply(_ a: Int, _ b: Int, _ original: String) throws(NormalizationError) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        guard !overflow else { throw .numberOutOfRange(original) }
        return product
    }

    private static func add(_ a: Int, _ b: Int, _ original: String) throws(NormalizationError) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { throw .numberOutOfRange(original) }
        return sum
    }
}
