import Foundation

/// A station exit as signposted: A２出口 → A2, 3番出口 → 3, 1-A番出口 → 1-A.
public struct StationExit: Sendable, Codable, Hashable {
    /// The exit's sign, normalised (A2, C3a, 3).
    public var name: String

    public init(name: String) { self.name = name }

    /// Parses a text that is one exit.
    public static func parse(_ text: String) throws(NormalizationError) -> StationExit {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text).trimmingCharacters(in: .whitespacesAndNewlines)
        let whole = normalized[...]
        guard let match = shape(in: TextScanner(whole), at: whole.startIndex, accept: { $0 == whole.endIndex })
        else { throw .notAStationExit(text) }
        return StationExit(name: String(match.name.filter { !$0.isWhitespace }))
    }

    /// The first exit in `text`, e.g. in `『霞ヶ関』駅下車 A２出口`.
    public static func first(in text: String) throws(NormalizationError) -> StationExit? {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text)
        let scanner = TextScanner(normalized[...])
        let match = scanner.firstMatch { shape(in: scanner, at: $0.position, accept: { _ in true }) }
        return match.map { StationExit(name: String($0.name.filter { !$0.isWhitespace })) }
    }
}
