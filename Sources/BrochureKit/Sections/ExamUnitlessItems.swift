/// Categories listed inside an exam table's cell with bare counts (`法律2・経済1`, `行政1`),
/// read as the `法律2名、経済1名` the breakdown parser reads.
///
/// A table whose cells hold the categories of a track at a level says once, in a note or its
/// caption, what its figures count (`区分名の後の数字は採用予定数（人）`), and prints each item as
/// a name and a number, the items joined by `・`. The parser takes an item only with its unit
/// (`名`, `人`): without one, a figure after a name may be a year or a grade. Inside a table cell
/// of the breakdown, a cell made wholly of such items, each a category name (no digit, no
/// track, level, total or era) then a count of at most three digits, counts people; the `・`
/// after a count ends an item, one between two names is part of a name (`数理科学・物理・地球科学2`).
enum ExamUnitlessItems {
    /// `法律2・経済1` → `法律2名、経済1名`; nil unless the whole cell (normalised) is such items.
    static func counted(_ text: String) -> String? {
        var items: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let name = rest.prefix { !isDigit($0) }
            let digits = rest.dropFirst(name.count).prefix(while: isDigit)
            guard !digits.isEmpty, digits.count <= 3, isCategory(name) else { return nil }
            items.append(name + digits + "名")
            rest = rest.dropFirst(name.count + digits.count)
            guard let separator = rest.first else { break }
            guard "・、,".contains(separator), rest.count > 1 else { return nil }
            rest = rest.dropFirst()
        }
        return items.isEmpty ? nil : items.joined(separator: "、")
    }

    /// A category's name: two characters or more (not the `R` of `R8`), a name as a cell's line
    /// is one (`ExamCellLines.isName`), and no era (`令和8`).
    private static func isCategory(_ name: Substring) -> Bool {
        name.count >= 2 && ExamCellLines.isName(String(name)) && JapaneseEra.named(String(name)) == nil
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}
