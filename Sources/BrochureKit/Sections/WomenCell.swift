/// The women a cell of a women's column gives for a head count: a number (`3`, `３名`), or a
/// share (`25.0%`), which some tables print instead of the number.
///
/// A share is the number only when it is one: 12 people at 25.0% are 3 women, 11 at 45.5% are
/// 5 (5.005, inside the rounding of the printed share), but 7 at 30.0% are 2.1 — no whole
/// number of women — and give none. Its digits read as a number (`25.0%` → 250) were the worst
/// answer: a figure far above the head count.
enum WomenCell {
    /// The women in `text` for `count` people; nil when the cell gives no number of them
    /// (`－`, a share that is no whole number of them).
    static func women(in text: String, count: Int) -> Int? {
        let compact = Normalized.compact(text)
        guard compact.contains("%") else {
            return Int(String(compact.filter { $0.isASCII && $0.isNumber }))
        }
        let number = compact.prefix { $0 != "%" }.filter { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard let share = Double(String(number)), (0...100).contains(share) else { return nil }
        let decimals = number.firstIndex(of: ".").map { number.distance(from: $0, to: number.endIndex) - 1 } ?? 0
        // Half a unit of the last printed digit, in people.
        var unit = 0.5
        for _ in 0..<decimals { unit /= 10 }
        let tolerance = Double(count) * unit / 100 + 1e-9
        let women = Double(count) * share / 100
        let whole = women.rounded()
        return abs(women - whole) <= tolerance ? Int(whole) : nil
    }

    /// Whether a header names the women's share (`女性比率`, `女性の割合`, `女性率（%）`) rather
    /// than their number.
    static func namesShare(_ label: String) -> Bool {
        let text = Normalized.compact(label)
        return text.contains("率") || text.contains("割合") || text.contains("%")
    }
}
