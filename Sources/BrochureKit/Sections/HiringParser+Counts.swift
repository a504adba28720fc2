/// Counts a table row implies or prints oddly: a total left out, the men alone, a figure the normaliser refuses.
extension HiringParser {
    /// The total a table without one implies: both tracks' heads summed, and their women when
    /// both say. A table per track, or 男/女 rows, often print no total at all.
    static func sum(_ a: CountWithWomen?, _ b: CountWithWomen?) -> CountWithWomen? {
        guard let a, let b else { return nil }
        return CountWithWomen(count: a.count + b.count, women: a.women.flatMap { w in b.women.map { w + $0 } })
    }

    /// A header that names the men alone (`男性`, `事務系 男`), not everyone (`男女計`).
    static func namesMen(_ label: String) -> Bool {
        let text = Normalized.compact(label)
        return text.contains("男") && !text.contains("女")
    }

    /// A count the normaliser refuses (`5（6）`: more women than people) kept as printed, so
    /// the cross-check can report it rather than the figure silently becoming 0.
    static func asPrinted(_ raw: String) -> CountWithWomen {
        let text = Normalized.compact(raw)
        // The first number only: digits further on (`11うち女性2`) are another figure, and
        // joining them would print one that is not there (112).
        let head = text.prefix { $0 != "(" }.drop { !($0.isASCII && $0.isNumber) }.prefix { $0.isASCII && $0.isNumber }
        let bracket = text.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }
        // A share in the brackets (`5（60%）`, the women's part of the hires) counts no one.
        let inner = bracket.contains("%") ? "" : bracket.filter { $0.isASCII && $0.isNumber }
        return CountWithWomen(count: Int(String(head)) ?? 0, women: Int(String(inner)))
    }

    /// A cell saying its figure is not decided yet (`未定`, `検討中`): no count at all, not 0.
    static func undecided(_ text: String) -> Bool {
        ["未定", "検討中", "調整中", "未確定"].contains(Normalized.compact(text))
    }
}
