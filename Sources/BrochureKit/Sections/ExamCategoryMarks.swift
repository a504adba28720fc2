/// What an exam category's cell says about it besides its name: its track in brackets after
/// it (`行政（事務系）`, a table with no track column), or a badge before it (`【新設】電気`, a
/// category offered for the first time).
///
/// Neither is part of the category's name. A table of such categories with no track column
/// is read with their tracks set in a column of their own (`ExamBracketTracks`).
enum ExamCategoryMarks {
    /// The badges a brochure sets before a new category, in lenticular brackets.
    static let badges: Set<String> = ["新設", "新規", "新", "NEW", "New", "追加", "再開"]

    /// `name` without a leading badge and without a closing bracket naming a track, that track
    /// and the bracket's word (`事務系`); the name as given otherwise.
    static func split(_ name: String) -> (name: String, track: Track?, word: String?) {
        var name = name
        if name.first == "【", let close = name.firstIndex(of: "】"), badges.contains(String(name[name.index(after: name.startIndex)..<close])),
            name.index(after: close) < name.endIndex
        {
            name = String(name[name.index(after: close)...])
        }
        // (`事務（障がい者対象）`, `行政（社会人経験者）`: whom the exam is for, no track. A track's
        // group word ends in `系`, `事務系`, `技術系`: `総合職（事務）` is a category's own name.)
        guard name.last == ")", let open = name.lastIndex(of: "("), open > name.startIndex,
            case let inner = String(name[name.index(after: open)..<name.index(before: name.endIndex)]), inner.count <= 4, inner.hasSuffix("系"),
            case let track = Track(label: inner), track != .other
        else { return (name, nil, nil) }
        return (String(name[..<open]), track, inner)
    }
}
