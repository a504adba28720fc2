import Foundation

/// Minutes on foot from a station: 徒歩約３分, 徒歩5～10分.
public struct WalkingTime: Sendable, Codable, Hashable {
    public var minutes: Int
    /// The upper end when a range is given (徒歩5～10分).
    public var maximumMinutes: Int?
    /// 約: an estimate.
    public var isApproximate: Bool

    public init(minutes: Int, maximumMinutes: Int? = nil, isApproximate: Bool = false) {
        self.minutes = minutes
        self.maximumMinutes = maximumMinutes
        self.isApproximate = isApproximate
    }

    /// Parses a text that is one walking time.
    public static func parse(_ text: String) throws(NormalizationError) -> WalkingTime {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let match = wholeShape(normalized[...]) else { throw .notAWalkingTime(text) }
        return try make(match, original: text)
    }

    /// The first walking time in `text`, e.g. in `『桜田門』駅下車 徒歩約３分`.
    public static func first(in text: String) throws(NormalizationError) -> WalkingTime? {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text)
        guard let match = firstShape(in: normalized[...]) else { return nil }
        return try make(match, original: text)
    }

    private static func make(_ match: Shape, original: String) throws(NormalizationError) -> WalkingTime {
        let minutes = try JapaneseNumeral.value(of: match.minutes, original: original)
        let maximum = try match.maximum.map { (m) throws(NormalizationError) in try JapaneseNumeral.value(of: m, original: original) }
        if let maximum, maximum < minutes { throw .notAWalkingTime(original) }
        return WalkingTime(minutes: minutes, maximumMinutes: maximum,
                           isApproximate: match.about != nil || match.suffix != nil)
    }
}
