/// Exam cards set side by side, each a category's title over rows of field and value
/// (`一般事務` over `区分 | 事務職`, `試験 | 職員採用試験（大卒程度）`, `採用予定人数 | 9名`): one
/// entry per card.
///
/// The layout reads the row of cards as one table, each card two columns (its fields, its
/// values) under a header row holding the titles; read as a grid, `採用予定人数` passes for
/// the category of every count. A card is told by its fields: a column whose cells are the
/// field words, one naming the track (`区分`, `職種区分`) and one the count (`…数`, `人数`),
/// with the values in the column right of it and the card's title over the two.
enum ExamFieldCards {
    static func entries(in table: Table, page: Int) -> [ExamBreakdown.Entry] {
        guard table.rows.count >= 3, let header = table.rows.first else { return [] }
        let body = table.rows.dropFirst()
        var entries: [ExamBreakdown.Entry] = []
        for c in header.indices where c + 1 < header.count {
            var fields: [String: String] = [:]
            for row in body where c + 1 < row.count {
                let field = Normalized.compact(row[c].text)
                guard !field.isEmpty else { continue }
                fields[field] = Normalized.compact(row[c + 1].text)
            }
            // Every body cell of the column a field word, the track's and the count's among them.
            guard body.allSatisfy({ c < $0.count && fieldWords.contains(Normalized.compact($0[c].text)) }),
                let trackField = fields.keys.first(where: trackFields.contains), case let track = Track(label: fields[trackField]!), track != .other,
                let countField = fields.keys.first(where: { ExamCellLines.namesCount($0) || $0 == "人数" }),
                let count = ExamGrid.count(in: fields[countField]!)
            else { continue }
            let title = [header[c], header[c + 1]].map { Normalized.compact($0.text) }.filter { !$0.isEmpty }
            guard title.count == 1, ExamBreakdownParser.looksLikeCategory(Substring(title[0])), Track(label: title[0]) == .other || ExamTrackedRowNames.isQualifiedName(title[0])
            else { continue }
            let level = fields.values.lazy.compactMap { ExamBreakdownParser.level(named: $0) }.first ?? .undergraduate
            let box = Rect.enclosing(table.rows.flatMap { $0.indices.contains(c + 1) ? [$0[c].box, $0[c + 1].box] : [] }.compactMap { $0 }) ?? table.box
            entries.append(ExamBreakdown.Entry(
                track: track, level: level, category: title[0], count: count,
                provenance: Provenance(page: page, box: box, text: title[0] + "\t" + fields[countField]!)))
        }
        return entries
    }

    /// The fields naming a card's track.
    static let trackFields: Set<String> = ["区分", "職種区分", "職種", "職"]

    /// The fields a card may have.
    static let fieldWords: Set<String> = trackFields.union([
        "試験", "試験区分", "試験名", "採用予定人数", "採用予定数", "予定人数", "人数", "募集人数", "受験資格", "勤務地", "初任給", "試験日", "第1次試験",
    ])
}
