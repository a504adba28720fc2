/// An exam table whose header row is drawn under its body (`系統 | 試験 | 区分 | 採用予定数`
/// as the last row), the labels read as a header all the same.
///
/// Read as a body row, its column labels stand among the track and level labels: the track
/// column (`事務系`, `技術系`, then `系統`) no longer holds tracks only, so the rows under a
/// track cell centred on them lose it. A last row of labels alone, one naming what its column
/// counts (`採用予定数`, `人数`), under a first row that is no such row, is the header.
enum ExamHeaderBelow {
    /// The index of `table`'s header row when it is drawn last; nil otherwise.
    static func row(in table: Table) -> Int? {
        guard table.rows.count >= 3, let first = table.rows.first, let last = table.rows.last, isHeader(last), !isHeader(first)
        else { return nil }
        return table.rows.count - 1
    }

    /// Every cell a short label without figures, one of them naming a count.
    private static func isHeader(_ row: [Table.Cell]) -> Bool {
        let texts = row.map { Normalized.compact($0.text) }
        return texts.count >= 2 && texts.allSatisfy { !$0.isEmpty && $0.count <= 8 && !$0.contains(where: \.isNumber) }
            && texts.contains(where: ExamCellLines.namesCount)
    }
}
