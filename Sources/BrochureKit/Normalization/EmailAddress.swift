import Foundation

/// An e-mail address as printed in a brochure: setsumeikai@soumu.go.jp, ｒｅｃｒｕｉｔ＠….
public struct EmailAddress: Sendable, Codable, Hashable {
    /// The address, lower-cased domain, e.g. recruit_tech@ml.soumu.go.jp.
    public var address: String
    public var localPart: String { String(address.prefix { $0 != "@" }) }
    public var domain: String { String(address.drop { $0 != "@" }.dropFirst()) }

    public init(address: String) { self.address = address }

    // Anti-spam spellings (recruit(at)soumu.go.jp, recruit[at]…) are read as @.
    /// Parses a text that is one e-mail address.
    public static func parse(_ text: String) throws(NormalizationError) -> EmailAddress {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let match = wholeShape(normalized[...]), !match.local.contains("..") else {
            throw .notAnEmailAddress(text)
        }
        return EmailAddress(address: "\(match.local)@\(match.domain.lowercased())")
    }

    /// Every e-mail address in `text`, e.g. after `【e-mail】`.
    public static func all(in text: String) throws(NormalizationError) -> [EmailAddress] {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text)
        return shapes(in: normalized[...]).filter { !$0.local.contains("..") }.map {
            EmailAddress(address: "\($0.local)@\($0.domain.lowercased())")
        }
    }
}
