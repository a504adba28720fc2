/// Hiring told in prose, one sentence per year, no table:
/// `令和3年度は、事務職68人（うち女性31人）と技術職52人（うち女性14人）の計120人（うち女性45人）を採用しました。`
/// and the planned year said only by its verb: `令和8年度は、事務職75人、技術職60人の計135人を採用する予定です。`
///
/// A narrow column wraps each sentence over lines that break inside its phrases, so the
/// section's lines on a page are joined first and the sentences found in the joined text.
/// A sentence is read only when its year (`…年度は、`) is followed by nothing but tracks'
/// counts and the words that join them (`と`, `、`, `の`) up to `を採用`, both tracks named,
/// and a total printed is their sum; and only when three sentences or more read so. Women
/// are what each count's bracket says: a planned year whose sentence gives none has none
/// known (null), not zero.
enum HiringSentences {
    // A track (HiringSentences+Scanner.swift) is any short name without figures or punctuation (`裁判所事務官`, `技術職員`,
    // `事務職`): `ColumnRole` says which it is, and a name it cannot place refuses the sentence.
    // The bracket gives the women, or says there are none (`（女性なし）`).
    /// What may stand between two counts of a sentence (`と`, `、` — a comma once normalised — and `の計`).
    private static let separators: Set<Character> = ["と", "、", ",", "の", "・", "及", "び", "並"]

    /// The sentences of the section, page by page: the first page that holds them.
    static func read(_ part: SectionSegmenter.Part, notedPlans: Set<Int>) -> HiringRecord? {
        HiringPageLines.pages(of: part).lazy.compactMap { parse($0.lines, page: $0.page, notedPlans: notedPlans) }.first
    }

    /// The record of the sentences among `lines` (one page's, in reading order), or nil.
    static func parse(_ lines: [TextLine], page: Int, notedPlans: Set<Int> = []) -> HiringRecord? {
        let text = Normalized.compact(lines.map(\.text).joined()).filter { !$0.isWhitespace }
        let rows = sentences(in: text[...]).compactMap { row(of: $0, notedPlans: notedPlans) }
        guard rows.count >= 3, Set(rows.map(\.fiscalYear)).count == rows.count else { return nil }
        return HiringRecord(rows: rows.sorted { $0.fiscalYear < $1.fiscalYear }, technicalScope: nil, page: page)
    }

    /// The row one sentence tells, or nil when its body is not only tracks' counts (both tracks
    /// named) or a printed total is not their sum.
    static func row(of match: Sentence, notedPlans: Set<Int>) -> HiringRecord.Row? {
        guard let year = YearLabel(String(match.year)) else { return nil }
        var counts: [ColumnRole: CountWithWomen] = [:]
        var rest = match.body
        while !rest.isEmpty {
            rest = rest.drop { separators.contains($0) }
            guard !rest.isEmpty else { break }
            guard let found = item(at: rest), case let role = ColumnRole(label: String(found.track)),
                [.total, .administrative, .technical].contains(role), counts[role] == nil, let count = Int(found.count)
            else { return nil }
            let women = found.none != nil ? 0 : found.women.flatMap { Int($0) }
            guard women.map({ $0 <= count }) ?? true else { return nil }
            counts[role] = CountWithWomen(count: count, women: women)
            rest = rest[found.end...]
        }
        guard let admin = counts[.administrative], let tech = counts[.technical] else { return nil }
        let sum = HiringParser.sum(admin, tech)
        if let total = counts[.total] {
            guard total.count == sum?.count, total.women == nil || sum?.women == nil || total.women == sum?.women else { return nil }
        }
        let planned = PlannedNote.says(String(match.verb)) || PlannedNote.says(String(match.body))
            || PlannedNote.isPlanned(year, notedPlans: notedPlans) || year.planned
        return HiringRecord.Row(
            fiscalYear: year.fiscalYear, label: year.label, planned: planned,
            total: counts[.total] ?? sum, administrative: admin, technical: tech)
    }
}
