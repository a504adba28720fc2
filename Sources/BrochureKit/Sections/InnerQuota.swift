/// A bracket after an exam count naming a part of it (`42名（うち社会人経験者枠6名）`): the
/// figure inside is a quota within the count, so the count is the figure before the bracket.
///
/// Read whole, the cell is no count at all and its category is lost; read for its last figure,
/// the quota would stand for the category's plan.
enum InnerQuota {
    /// Whether a bracket's inside (without its brackets) begins with `うち` and gives a figure.
    static func isInner(_ inner: Substring) -> Bool {
        inner.hasPrefix("うち") && inner.contains { $0.isASCII && $0.isNumber }
    }

    /// The compact `text` before its closing bracket when that bracket is an inner part of the
    /// count before it (`42名(うち社会人経験者枠6名)` → `42名`); nil otherwise.
    static func stripped(_ text: String) -> String? {
        guard text.last == ")", let open = text.lastIndex(of: "("), open > text.startIndex,
            isInner(text[text.index(after: open)..<text.index(before: text.endIndex)]),
            text[..<open].last.map({ $0.isNumber || $0 == "名" || $0 == "人" }) == true
        else { return nil }
        return String(text[..<open])
    }
}
