/// Reads an exam matrix with the TRACKS AS ROWS and the categories as columns:
/// `職種 | 行政事務 | 社会福祉 | 土木 | … | 計`, then `事務職 | 130 | 18 | － | … | 160`, a count where
/// a track takes a category and a dash where the category is not its own.
///
/// `ExamLevelRows` reads levels down the side; here each row names its track, so a category
/// holding a track word (`行政事務`, `学校事務`) is still a category, and group headers over the
/// columns (`事務系の区分` | `技術系の区分`) add nothing. A total column (`計`) is no category,
/// and it is required: every track's total must be its row's sum. That arithmetic tells the
/// matrix from a table of tracks by units (`部・課 | 総務課 | 企画課`, no totals). The exam level is the one a title
/// over the categories names (in a row of the table above them, or a line above the table),
/// else the non-graduate one, as for any table under no level.
enum ExamTrackRows {
    /// The entries of `table`; `titles` are the lines set above it in its section, nearest last.
    static func entries(in table: Table, page: Int, titles: [String] = []) -> [ExamBreakdown.Entry] {
        let rows = table.rows
        // Track rows: a bare track label first, then counts or dashes, a count among them.
        let trackRows = rows.indices.filter { r in
            guard let first = rows[r].first, ExamTrackedRowNames.isTrackLabel(Normalized.compact(first.text)) else { return false }
            let rest = rows[r].dropFirst().map { Normalized.compact($0.text) }.filter { !$0.isEmpty }
            return rest.count >= 2 && rest.allSatisfy { ExamGrid.count(in: $0) != nil || ExamGrid.isNone($0) }
                && rest.contains { ExamGrid.count(in: $0) != nil }
        }
        guard let firstTrack = trackRows.first, firstTrack >= 1 else { return [] }
        // The categories: the row right above the tracks, a name in two columns or more.
        let header = firstTrack - 1
        let names = rows[header].map { Normalized.compact($0.text) }
        guard let totalColumn = names.indices.dropFirst().first(where: { ExamGrid.isTotal(names[$0]) }) else { return [] }
        let categories = names.indices.dropFirst().filter { c in
            c != totalColumn && isCategory(names[c])
        }
        guard categories.count >= 2 else { return [] }
        let level = (rows[..<header].flatMap { $0.map(\.text) } + titles).reversed()
            .lazy.compactMap { ExamBreakdownParser.level(named: Normalized.compact($0)) }.first ?? .undergraduate
        var entries: [ExamBreakdown.Entry] = []
        for r in trackRows where r > header {
            let track = Track(label: Normalized.compact(rows[r][0].text))
            var sum = 0
            for c in categories where c < rows[r].count {
                guard let n = ExamGrid.count(in: Normalized.compact(rows[r][c].text)) else { continue }
                sum += n
                let box = Rect.enclosing([rows[header][c].box, rows[r][c].box].compactMap { $0 }) ?? table.box
                entries.append(ExamBreakdown.Entry(
                    track: track, level: level, category: names[c], count: n,
                    provenance: Provenance(page: page, box: box, text: names[c] + "\t" + rows[r][c].text)))
            }
            // The row's total must be the sum of its counts.
            guard totalColumn < rows[r].count, ExamGrid.count(in: Normalized.compact(rows[r][totalColumn].text)) == sum else { return [] }
        }
        return entries
    }

    /// A category heading a column: a short name, no figure, no level, neither a track's own
    /// label (`事務系`) nor a total; a track word inside it is the category's (`行政事務`).
    static func isCategory(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 12 && ExamBreakdownParser.looksLikeCategory(Substring(text))
            && !text.contains(where: \.isNumber) && ExamBreakdownParser.level(named: text) == nil
            && !ExamGrid.namesTrack(text) && !ExamGrid.isTotal(text)
    }
}
