/// A count cell on two lines, the head count over the women among them with no brackets
/// (`11` over `うち女性2`, read as `11うち女性2`).
///
/// Read as a count with bracketed women, such a cell gives no figure at all, and read as its
/// digits it gives a false one (`112`); the women must not outnumber the head count.
enum WomenBelowCount {
    /// The count and women of `raw` when it is a count followed by `うち女性` and a count; nil
    /// for any other text.
    static func parse(_ raw: String) -> CountWithWomen? {
        let text = Normalized.compact(raw).filter { !$0.isWhitespace }
        guard let match = shape(text), let count = Int(match.count), let women = Int(match.women),
            women <= count
        else { return nil }
        return CountWithWomen(count: count, women: women)
    }
}
