/// Cells that write a year's heads and women as one pair (`48／24`), a line of the section
/// saying so (`表中の数字は「採用者数／うち女性」です。`).
///
/// Without that line a pair is not read so: `8／6` may as well be two tracks' counts. Read as
/// a count with the women bracketed, the cell gives its first figure and no women at all.
enum SlashedWomen {
    /// A line that explains the pairs: a run of words before a slash that names no women, one
    /// after it that does (`採用者数／うち女性`, `人数/女性`).
    ///
    /// Any slash of the line may be the one: a legend often quotes a cell first
    /// (`※「112／58」は「採用者数／うち女性」を表します。`), the figures' slash naming nothing.
    static func isLegend(_ raw: String) -> Bool {
        guard raw.contains(where: { $0 == "/" || $0 == "／" }) else { return false }
        let text = Normalized.compact(raw).replacingOccurrences(of: "／", with: "/")
        return text.indices.contains { slash in
            guard text[slash] == "/" else { return false }
            let before = text[..<slash].suffix(8)
            let after = text[text.index(after: slash)...].prefix(8)
            return after.contains("女") && !before.contains("女") && (before.contains("数") || before.contains("人") || before.contains("名"))
        }
    }

    /// The heads and women of `raw` when it is two counts either side of a slash, the women no
    /// more than the heads; nil for any other text (a lone count is read as usual).
    static func parse(_ raw: String) -> CountWithWomen? {
        let text = Normalized.compact(raw).replacingOccurrences(of: "／", with: "/").filter { !$0.isWhitespace }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        func number(_ s: Substring) -> Int? {
            var digits = s
            if let last = digits.last, "名人".contains(last) { digits.removeLast() }
            guard (1...4).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(digits)
        }
        guard let count = number(parts[0]) else { return nil }
        // `12／－`: no women given.
        if Headcount.noneMarks.contains(String(parts[1])) { return CountWithWomen(count: count, women: nil) }
        guard let women = number(parts[1]), women <= count else { return nil }
        return CountWithWomen(count: count, women: women)
    }
}
