import Foundation

/// A number of people with, optionally, how many of them are women: 55（20）, 55名（うち女性20名）.
public struct Headcount: Sendable, Codable, Hashable {
    /// Everyone counted (women included).
    public var count: Int
    /// How many of `count` are women, when the brochure says.
    public var women: Int?

    public init(count: Int, women: Int? = nil) {
        self.count = count
        self.women = women
    }

    /// How a table's footnote says the bracketed number relates to the main one.
    public enum Convention: String, Sendable, Codable {
        /// （　）内は女性の人数です。（内数）: the women are part of the main number.
        case womenIncluded
        /// （外数）: the women come on top of the main number.
        case womenExcluded
        /// 上段は採用者数、下段は女性: the women, part of the main number, on a line under it in
        /// the same cell (`1` over `0`, joined `1 0`), no bracket to tell them apart.
        case womenBelow
    }

    /// Texts that mean "nobody / not applicable" in a headcount cell.
    static let noneMarks: Set<String> = ["", "-", "‐", "‑", "‒", "–", "—", "―", "−", "ー", "/", "／", "なし", "該当なし"]

    /// Parses a headcount cell; nil when the cell says there is none (－, —, empty).
    ///
    /// With `.womenExcluded` (a （外数） footnote) the bracketed women are added to the count.
    public static func parse(_ text: String, convention: Convention = .womenIncluded) throws(NormalizationError) -> Headcount? {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text).trimmingCharacters(in: .whitespacesAndNewlines)
        if noneMarks.contains(normalized) { return nil }
        // A count, optional 名, then an optional bracket with the women (うち女性…名 or just a number).
        // Commas only as thousands separators (1,200), so a stray `,` or `55,` is not a count.
        // (Or two kinds of hires added up before the bracket, `2+1(1)`: `summingParts`.)
        let cell = convention == .womenBelow ? stacked(normalized) ?? normalized : normalized
        guard let match = shape(summingParts(cell).map { $0[...] } ?? cell[...]) else { throw .notAHeadcount(text) }
        var count = try JapaneseNumeral.value(of: match.count, original: text)
        let women = try match.women.map { (run) throws(NormalizationError) in
            try JapaneseNumeral.value(of: run, original: text)
        }
        if convention == .womenExcluded, let women {
            // Checked: Swift traps on overflow, and a misread cell can hold any digits.
            let (sum, overflow) = count.addingReportingOverflow(women)
            guard !overflow else { throw .numberOutOfRange(text) }
            count = sum
        }
        if let women, women > count { throw .womenExceedTotal(text) }
        return Headcount(count: count, women: women)
    }

    /// `2+1(1)` → `3(1)`: a count printed as the sum of its kinds (new graduates plus
    /// mid-career hires, a note saying what the number after `+` counts), the women of both in
    /// the bracket. Nil unless the text opens with two or more ASCII figure runs joined by `+`.
    static func summingParts(_ text: String) -> String? {
        guard text.contains("+") else { return nil }
        let end = text.firstIndex { $0 == "(" || $0 == "〔" || $0 == "名" || $0 == "人" } ?? text.endIndex
        let parts = text[..<end].split(separator: "+", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return String(parts.reduce(0) { $0 + Int($1)! }) + text[end...]
    }

    /// `1 0` → `1(0)`: two figure runs, a cell's lines joined, the count over the women.
    static func stacked(_ text: String) -> String? {
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2, parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return "\(parts[0])(\(parts[1]))"
    }

    /// The convention a footnote such as `※（　）内は女性の人数です。（内数）` declares, if any.
    public static func convention(inFootnote text: String) -> Convention? {
        guard let normalized = try? JapaneseTextNormalizer.shared.normalize(text) else { return nil }
        let squeezed = normalized.filter { !$0.isWhitespace }
        // (`※上段は採用者数、下段はそのうち女性の数です。`: the women on a cell's second line.)
        if let below = squeezed.range(of: "下段"), squeezed[below.upperBound...].prefix(12).contains("女性") { return .womenBelow }
        guard squeezed.contains("()内は女性") || squeezed.contains("()は女性") || squeezed.contains("括弧内は女性")
        else { return nil }
        return squeezed.contains("外数") ? .womenExcluded : .womenIncluded
    }
}
