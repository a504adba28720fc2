/// A count cell written as its men and its women (`男性4名・女性6名`, `女2人、男3人`): the head
/// count is their sum, which the cell never prints, and the women are the 女 figure.
///
/// Read as a count with the women bracketed, such a cell gives its first figure as the head
/// count and more women than people.
enum SexSplitCount {
    /// The count and women of `raw` when it is one 男 figure and one 女 figure, in either order;
    /// nil for any other text.
    static func parse(_ raw: String) -> CountWithWomen? {
        let text = Normalized.compact(raw).filter { !$0.isWhitespace || $0 == " " }
        guard let match = shape(text), match.first != match.second, let a = Int(match.a), let b = Int(match.b)
        else { return nil }
        let women = match.first == "女" ? a : b
        return CountWithWomen(count: a + b, women: women)
    }
}
