/// Reads an exam table whose header row names each track over its categories, a count
/// column after each: `事務 | 予定数 | 技術 | 予定数`, then `一般事務 | 2 | 醸造 | 2`, two track
/// blocks set side by side in one table with no exam column.
///
/// A row holds one category of each track, so the readers that take a row's first cell for
/// every count in it (`ExamGrid`) would give the technical categories the administrative
/// track; here each count belongs to the category at its left under the same track, as in
/// `ExamTrackPairColumns`, whose tracks head a sub-header of `区分 | 人数` instead. The level is
/// the one a title over the table names (`試験：…（大学卒業程度）`), else the non-graduate one,
/// as for any table under no level (`ExamTrackRows`).
enum ExamTrackPairHeader {
    /// The entries of `table`; `titles` gives the lines set above it in its section, nearest
    /// last (asked only of a table headed so).
    static func entries(in table: Table, page: Int, titles: () -> [String]) -> [ExamBreakdown.Entry] {
        guard let header = table.rows.first, header.count >= 4, header.count % 2 == 0 else { return [] }
        var pairs: [(track: Track, name: Int, count: Int)] = []
        for c in stride(from: 0, to: header.count, by: 2) {
            let label = Normalized.compact(header[c].text), count = Normalized.compact(header[c + 1].text)
            let track = Track(label: label)
            guard ExamTrackedRowNames.isTrackLabel(label), count.hasSuffix("数"), count.count <= 5 else { return [] }
            pairs.append((track, c, c + 1))
        }
        guard Set(pairs.map(\.track)).count == pairs.count else { return [] }
        let level = titles().reversed().lazy.compactMap { ExamBreakdownParser.level(named: Normalized.compact($0)) }.first ?? .undergraduate
        var entries: [ExamBreakdown.Entry] = []
        for row in table.rows.dropFirst() where row.count == header.count {
            for pair in pairs {
                let category = Normalized.compact(row[pair.name].text), figure = Normalized.compact(row[pair.count].text)
                if category.isEmpty && figure.isEmpty { continue }
                // Every filled cell is a name over its count: anything else is another table.
                guard isCategory(category), let n = ExamGrid.count(in: figure) else { return [] }
                let box = Rect.enclosing([row[pair.name].box, row[pair.count].box].compactMap { $0 }) ?? table.box
                entries.append(ExamBreakdown.Entry(
                    track: pair.track, level: level, category: category, count: n,
                    provenance: Provenance(page: page, box: box, text: row[pair.name].text + "\t" + row[pair.count].text)))
            }
        }
        return entries
    }

    /// A category's name: short, no figure, no level, no total. (A track word inside it is its
    /// own, `一般事務` under `事務`; a kanji numeral is a word's, `一般`.)
    static func isCategory(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 16 && !text.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
            && ExamBreakdownParser.level(named: text) == nil
            && !ExamGrid.isTotal(text)
    }
}
