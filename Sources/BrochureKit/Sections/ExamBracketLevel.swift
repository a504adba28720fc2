/// A category that names its exam level in brackets after it (`法文系（学部卒）`, `薬学（大学院修了）`),
/// or is named after it (`大卒程度区分`, `高卒者区分`: a court's exam divides by level alone): a
/// table with no column of exams tells each row's level there.
///
/// The category keeps its bracket (it is how the category is printed, and two categories may
/// differ by it alone), and the level holds for its own row only: a row without a bracket
/// (`医学・歯学・獣医学`) is not at the level of the row above it, but at the table's default,
/// the non-graduate one.
enum ExamBracketLevel {
    /// The level the bracket closing `name` names, when the words before it name none.
    static func level(of name: String) -> ExamBreakdown.Level? {
        let text = Normalized.compact(name)
        // (A level and `区分`, the word for a category, name the category after the level.)
        if text.hasSuffix("区分"), text.count > 2, let level = ExamBreakdownParser.level(named: text.dropLast(2)) { return level }
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex,
            case let inner = text[text.index(after: open)..<text.index(before: text.endIndex)], !inner.isEmpty,
            let level = ExamBreakdownParser.level(named: inner), ExamBreakdownParser.level(named: text[..<open]) == nil
        else { return nil }
        return level
    }

    /// The level the categories of a counted piece name in their brackets, when each names one
    /// and all the same; nil otherwise.
    static func level(ofCategories categories: [String]) -> ExamBreakdown.Level? {
        let levels = categories.map(level(of:))
        guard let first = levels.first, let level = first, levels.allSatisfy({ $0 == level }) else { return nil }
        return level
    }
}
