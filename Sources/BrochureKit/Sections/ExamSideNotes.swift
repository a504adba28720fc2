/// A note set to the right of an exam table (`大学院卒の総合職採用は、技術職（都市計画・建築）のみ
/// 実施します。` beside the rows), which names a level or track without heading anything.
///
/// The list reading carries the last track and level it read on to the counts after it, and a
/// note the layout reads before the table (its first line stands level with the table's top)
/// would give every row the level it mentions. A label heads counts below it or to its right;
/// a line that starts right of every count it precedes on its page heads none of them.
enum ExamSideNotes {
    /// Whether a line in `box` without counts stands right of all the `counted` boxes (the
    /// pieces with counts read after it on its page), so it labels none of them.
    static func isBeside(_ box: Rect, counted: [Rect]) -> Bool {
        guard let right = counted.map(\.x1).max() else { return false }
        return box.x0 > right + 1
    }
}
