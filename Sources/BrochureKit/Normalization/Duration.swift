import Foundation

/// A length of time or a range of them: 約１～２年, 半年～１年程度, ６週間, 約１ヶ月, ６月以内.
public struct Duration: Sendable, Codable, Hashable {
    public enum Unit: String, Sendable, Codable, CaseIterable {
        case day, week, month, year
    }

    /// One end of a duration: 1.5 years, 6 weeks.
    public struct Amount: Sendable, Codable, Hashable {
        public var value: Double
        public var unit: Unit
        public init(_ value: Double, _ unit: Unit) {
            self.value = value
            self.unit = unit
        }
    }

    /// What the text says about the bound (以内 "at most", 以上 "at least").
    public enum Bound: String, Sendable, Codable {
        case exact, atMost, atLeast
    }

    /// The duration, or the lower end of a range.
    public var minimum: Amount
    /// The upper end of a range (１～２年), nil for a single value.
    public var maximum: Amount?
    /// 約, 程度, 前後, ほど: the brochure gives an estimate.
    public var isApproximate: Bool
    public var bound: Bound

    public init(minimum: Amount, maximum: Amount? = nil, isApproximate: Bool = false, bound: Bound = .exact) {
        self.minimum = minimum
        self.maximum = maximum
        self.isApproximate = isApproximate
        self.bound = bound
    }

    /// Every scalar `DurationShape` can hold, and white space: a phrase with any other cannot be a
    /// duration, and is refused without running the scanner (DurationFinder tries many
    /// phrases of each sentence, longest first; the match cost 150,000 instructions a phrase).
    private static let allowedScalars = Set("約0123456789.〇一二三四五六七八九十百半数日間週か月ヶヵカケ箇年~-ら程度前後ほどくいぐ以内上未満まで".unicodeScalars)

    private static func mayAppear(_ scalar: Unicode.Scalar) -> Bool {
        allowedScalars.contains(scalar) || scalar.properties.isWhitespace
    }

    static func unit(_ text: Substring) -> Unit? {
        switch text.first {
        case "日": return .day
        case "週": return .week
        case "年": return .year
        case "か", "ヶ", "ヵ", "カ", "ケ", "箇", "月":
            return text.contains("年") ? .year : .month
        default: return nil
        }
    }

    private static func amount(_ number: Substring?, half: Bool, original: String) throws(NormalizationError) -> Double? {
        guard let number else { return half ? 0.5 : nil }
        if number == "半" { return 0.5 }
        if number == "数" { throw .notADuration(original) }
        let value: Double
        if number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
            // 1.5 or 2; not 1.2.3 or a lone dot, and not so many digits that it is infinite.
            guard number.filter({ $0 == "." }).count <= 1, number.first != ".", number.last != ".",
                  let decimal = Double(number) else { throw .notADuration(original) }
            guard decimal.isFinite, decimal < 1e6 else { throw .numberOutOfRange(original) }
            value = decimal
        } else {
            do {
                value = Double(try JapaneseNumeral.value(of: number, original: original))
            } catch .notANumber {
                throw .notADuration(original)
            }
        }
        return half ? value + 0.5 : value
    }

    /// Parses a duration cell. Throws `.notADuration` with the text when it is not one.
    public static func parse(_ text: String) throws(NormalizationError) -> Duration {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text).trimmingCharacters(in: .whitespacesAndNewlines)
        return try parse(normalized: normalized, original: text)
    }

    /// Parses text the normaliser has already been through (a finder scanning a normalised
    /// sentence tries many phrases of it: normalising each again would be wasted).
    static func parse(normalized: String, original text: String) throws(NormalizationError) -> Duration {
        guard !normalized.isEmpty, normalized.unicodeScalars.allSatisfy(mayAppear),
            let o = DurationShape(normalized[...])
        else { throw .notADuration(text) }
        let highUnit = o.highUnit.flatMap(unit)
        guard let lowUnit = o.lowUnit.flatMap(unit) ?? highUnit else { throw .notADuration(text) }
        guard let low = try amount(o.low, half: o.lowHalf != nil, original: text) else { throw .notADuration(text) }
        var maximum: Amount?
        if let highUnit {
            guard let high = try amount(o.high, half: o.highHalf != nil, original: text) else { throw .notADuration(text) }
            maximum = Amount(high, highUnit)
        } else if o.high != nil {
            throw .notADuration(text)
        }
        // "2年~1年" is a typo or a misread cell, not a range.
        if let maximum, maximum.days < Amount(low, lowUnit).days { throw .notADuration(text) }
        let suffix = o.suffix.map(String.init)
        let bound: Bound = switch suffix {
        case "以内", "まで", "未満": .atMost
        case "以上": .atLeast
        default: .exact
        }
        let approximate = o.about1 != nil || o.about2 != nil || ["程度", "前後", "ほど", "くらい", "ぐらい"].contains(suffix ?? "")
        return Duration(minimum: Amount(low, lowUnit), maximum: maximum, isApproximate: approximate, bound: bound)
    }
}

extension Duration.Amount {
    /// A rough length in days, only to order the ends of a range.
    var days: Double {
        switch unit {
        case .day: value
        case .week: value * 7
        case .month: value * 30.4375
        case .year: value * 365.25
        }
    }
}
