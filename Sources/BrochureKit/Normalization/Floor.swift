import Foundation

/// A floor of a building: ７階, 10階, 地下1階, B2F.
public struct Floor: Sendable, Codable, Hashable {
    /// Above ground from 1; basements are negative (地下1階 is -1).
    public var number: Int

    public init(number: Int) { self.number = number }

    public var isBasement: Bool { number < 0 }

    /// Parses a text that is one floor.
    public static func parse(_ text: String) throws(NormalizationError) -> Floor {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text).trimmingCharacters(in: .whitespacesAndNewlines)
        let whole = normalized[...]
        guard let match = shape(in: TextScanner(whole), at: whole.startIndex, accept: { $0 == whole.endIndex })
        else { throw .notAFloor(text) }
        return try make(match.number, basement: match.basement, original: text)
    }

    /// The first floor mentioned in `text`, e.g. 7 in `中央合同庁舎２号館７階`.
    public static func first(in text: String) throws(NormalizationError) -> Floor? {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text)
        let scanner = TextScanner(normalized[...])
        guard let match = scanner.firstMatch({ shape(in: scanner, at: $0.position, accept: { _ in true }) }) else { return nil }
        return try make(match.number, basement: match.basement, original: text)
    }

    private static func make(_ number: Substring, basement: Bool, original: String) throws(NormalizationError) -> Floor {
        let value = try JapaneseNumeral.value(of: number, original: original)
        guard value > 0 else { throw .notAFloor(original) }
        return Floor(number: basement ? -value : value)
    }
}
