/// Exam levels set over groups of columns (`大学卒業程度` over `試験区分 | 人数`, then
/// `大学院修了程度` over the next `試験区分 | 人数`): each level holds the columns from its own
/// up to the next level's.
///
/// A level header centred over its group lands in one column of it, and the pairs under it
/// stand at their count's column, so no header stands straight above them; read in order, the
/// last level of the header would pass for every group's.
enum ExamLevelColumnGroups {
    /// The level of the group the table piece `piece` sits in: the nearest level header of its
    /// table at or left of its column, where the table's header names two levels or more in
    /// columns of their own. Nil for a piece left of the first group (a track column), a line,
    /// or a header naming fewer levels.
    static func level(of piece: ExamBreakdownParser.Piece, in pieces: [ExamBreakdownParser.Piece]) -> ExamBreakdown.Level? {
        guard let table = piece.table, let column = piece.column, !piece.header else { return nil }
        var heads: [Int: ExamBreakdown.Level] = [:]
        for other in pieces where other.table == table && other.header && other.track == nil
            && ExamBreakdownParser.pairs(in: other.text).isEmpty
        {
            guard let at = other.column, let level = other.level else { continue }
            // One column heading two levels is no group of its own.
            if let known = heads[at], known != level { return nil }
            heads[at] = level
        }
        guard heads.count >= 2, let start = heads.keys.filter({ $0 <= column }).max() else { return nil }
        return heads[start]
    }
}
