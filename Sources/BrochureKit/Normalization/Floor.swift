import Foundation

/// A floor of a building: ７階, 10階, 地下1階, B2F.
public struct Floor: Sendable, Codable, Hashable {
    /// Above ground from 1; basements are negative (地下1階 is -1).
    public var number: Int

    public init(number: Int) { self.number = number }

    public var isBasement: Bool { number < 0 }

    private nonisolated(unsafe) static let shape =
        #/(?<basement>地下|B)?\s*(?<number>[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:階|F(?![A-Za-z]))/#

    /// Parses a text that is one floor.
    public static func parse(_ text: String) throws(NormalizationError) -> Floor {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let match = normalized.wholeMatch(of: shape) else { throw .notAFloor(text) }
        return try make(match.output.number, basement: match.output.basement != nil, original: text)
    }

    /// The first floor mentioned in `text`, e.g. 7 in `中央合同庁舎２号館７階`.
    public static func first(in text: String) throws(NormalizationError) -> Floor? {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text)
        guard let match = normalized.firstMatch(of: shape) else { return nil }
        return try make(match.output.number, basement: match.output.basement != nil, original: text)
    }

    private static func make(_ number: Substring, basement: Bool, original: String) throws(NormalizationError) -> Floor {
        let value = try JapaneseNumeral.value(of: number, original: original)
        guard value > 0 else { throw .notAFloor(original) }
        return Floor(number: basement ? -value : value)
    }
}
