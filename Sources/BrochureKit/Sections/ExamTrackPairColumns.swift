/// Reads an exam table whose tracks each head a PAIR of columns, a category and its count:
/// `試験 | 事務系 (over 区分 | 人数) | 技術系 (over 区分 | 人数)`, each exam a cell down the first
/// column spanning its rows, the two tracks' category lists independent of each other.
///
/// A row holds one category of each track, not one category with a count per track, so the
/// readers that take a row's name for every count in it (`ExamTrackColumns`, `ExamGrid`)
/// would give the technical counts the administrative names. Here a count belongs to the
/// category cell at its left under the same track. An exam cell spanning its rows puts its
/// text on any one of them (or between two), so each row takes the exam label nearest in
/// height; the exam's level is what its name says, the non-graduate level when it names none
/// (`ExamTitleLevel`). A total row (`合計`) must equal each track's sum, or nothing is read.
enum ExamTrackPairColumns {
    static func entries(in table: Table, page: Int) -> [ExamBreakdown.Entry] {
        let rows = table.rows
        guard let width = rows.map(\.count).min(), width >= 3,
            let (subHeader, pairs) = (1..<min(rows.count, 4)).lazy.compactMap({ r in trackPairs(rows[r - 1], under: rows[r]).map { (r, $0) } }).first
        else { return [] }
        let body = Array(rows[(subHeader + 1)...])
        let isTotal = { (row: [Table.Cell]) in ColumnRole(label: row[0].text) == .total }
        let exams = body.compactMap { row -> (level: ExamBreakdown.Level, box: Rect)? in
            guard !isTotal(row), let box = row[0].box, let level = ExamTitleLevel.level(ofTitle: row[0].text) else { return nil }
            return (level, box)
        }
        guard !exams.isEmpty else { return [] }
        var entries: [ExamBreakdown.Entry] = []
        for row in body where !isTotal(row) {
            guard let rowBox = Rect.enclosing(row.dropFirst().compactMap(\.box)),
                let exam = exams.min(by: { abs($0.box.midY - rowBox.midY) < abs($1.box.midY - rowBox.midY) })
            else { continue }
            for (track, name, count) in pairs {
                let category = Normalized.compact(row[name].text)
                guard !category.isEmpty, let n = ExamGrid.count(in: row[count].text) else { continue }
                let box = Rect.enclosing([row[name].box, row[count].box].compactMap { $0 }) ?? table.box
                entries.append(ExamBreakdown.Entry(
                    track: track, level: exam.level, category: category, count: n,
                    provenance: Provenance(page: page, box: box, text: category + "\t" + row[count].text)))
            }
        }
        // The total row gives each track's sum, in its count column.
        for row in body where isTotal(row) {
            for (track, _, count) in pairs {
                guard let n = ExamGrid.count(in: row[count].text) else { continue }
                guard n == entries.filter({ $0.track == track }).map(\.count).reduce(0, +) else { return [] }
            }
        }
        return entries
    }

    /// The (track, category column, count column) of each track label in `header` whose two
    /// columns `sub` heads with a name (`区分`) and a count (`人数`, `採用予定数`); nil unless two
    /// tracks or more are set so, past the first column.
    static func trackPairs(_ header: [Table.Cell], under sub: [Table.Cell]) -> [(Track, Int, Int)]? {
        var pairs: [(Track, Int, Int)] = []
        for c in header.indices.dropFirst() where c + 1 < sub.count {
            let track = Track(label: Normalized.compact(header[c].text))
            guard track != .other else { continue }
            let name = Normalized.compact(sub[c].text), count = Normalized.compact(sub[c + 1].text)
            guard !name.isEmpty, !name.contains("数"), count.contains("数") else { return nil }
            pairs.append((track, c, c + 1))
        }
        return pairs.count >= 2 ? pairs : nil
    }
}
