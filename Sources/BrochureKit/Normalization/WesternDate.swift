#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A date written with the Western year: 2025年4月現在, 2025年4月1日時点, 2025.4, 2025/4/1,
/// 2026（令和8）年4月 (the era year in brackets after the Western one).
///
/// Brochures mix calendars: one edition stamps its tables 令和7年4月1日現在, the next
/// 2025年4月1日現在, and a cover may print only 2025年4月. The era parser reads the first; this
/// reads the others, so the edition does not depend on which calendar the designer chose.
public struct WesternDate: Sendable, Codable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int?
    /// Followed by 現在 or 時点 ("as of").
    public var isAsOf: Bool
    /// The date as written (normalised), without the 現在.
    public var text: String

    public init(year: Int, month: Int, day: Int? = nil, isAsOf: Bool = false, text: String) {
        self.year = year
        self.month = month
        self.day = day
        self.isAsOf = isAsOf
        self.text = text
    }

    /// Every Western year-and-month date in `text`, in order. A year inside a longer number
    /// (`120254月`) and impossible months or days are skipped; a year alone (`2025`, a
    /// title's edition) or a fiscal year (`2024年度`) is not a date.
    public static func all(in text: String) -> [WesternDate] {
        let normalized = (try? JapaneseTextNormalizer.shared.normalize(text)) ?? text
        guard normalized.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return [] }
        var found: [WesternDate] = []
        for match in forms(in: normalized[...]) {
            // Inside a longer number; for 2025/4 and 2025.4 also inside a phone number or a
            // code (03-2025/4, 1.2025.4).
            if match.range.lowerBound > normalized.startIndex {
                let before = normalized[normalized.index(before: match.range.lowerBound)]
                if before.isNumber || (match.month2 != nil && "-./".contains(before)) { continue }
            }
            if match.range.upperBound < normalized.endIndex, match.month2 != nil, normalized[match.range.upperBound].isNumber {
                continue
            }
            guard let year = Int(match.year), let month = (match.month ?? match.month2).flatMap({ Int($0) }),
                (1...12).contains(month)
            else { continue }
            let day = (match.day ?? match.day2).flatMap { Int($0) }
            if let day, !isDay(day, month: month, year: year) { continue }
            let whole = normalized[match.range]
            let written = match.asof.map { whole.dropLast($0.count) } ?? whole
            found.append(WesternDate(year: year, month: month, day: day, isAsOf: match.asof != nil, text: String(written)))
        }
        return found
    }

    /// Whether the day exists in that month (not 2025年2月30日), by Foundation's calendar.
    private static func isDay(_ day: Int, month: Int, year: Int) -> Bool {
        DateComponents(calendar: Calendar(identifier: .gregorian), year: year, month: month, day: day).isValidDate
    }
}
