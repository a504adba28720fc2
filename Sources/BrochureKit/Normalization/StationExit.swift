import Foundation

/// A station exit as signposted: A２出口 → A2, 3番出口 → 3, 1-A番出口 → 1-A.
public struct StationExit: Sendable, Codable, Hashable {
    /// The exit's sign, normalised (A2, C3a, 3).
    public var name: String

    public init(name: String) { self.name = name }

    private nonisolated(unsafe) static let shape =
        #/(?<name>[A-Z]\s?[0-9]{1,2}[a-z]?|[0-9]{1,2}-[A-Z0-9]{1,2}|[0-9]{1,2}[a-z]?)\s*(?:番)?\s*出口/#

    /// Parses a text that is one exit.
    public static func parse(_ text: String) throws(NormalizationError) -> StationExit {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let match = normalized.wholeMatch(of: shape) else { throw .notAStationExit(text) }
        return StationExit(name: String(match.output.name.filter { !$0.isWhitespace }))
    }

    /// The first exit in `text`, e.g. in `『霞ヶ関』駅下車 A２出口`.
    public static func first(in text: String) throws(NormalizationError) -> StationExit? {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text)
        return normalized.firstMatch(of: shape).map { StationExit(name: String($0.output.name.filter { !$0.isWhitespace })) }
    }
}
