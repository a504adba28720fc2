/// The coming year's plan told only in a sentence under a table of the actual years
/// (`令和8年度は、事務系52名、技術系28名、計80名の採用を予定しています。`), in no row of it.
///
/// A selection-results table prints the years already hired; the plan has no applicants or
/// passes yet, so the page says it in prose. The sentence reads as `HiringSentences` reads a
/// year's (both tracks' counts, a printed total their sum), ending at `を採用` or at `の採用`
/// (`…計80名の採用を予定`); it must say the year is planned and name a year newer than every
/// year of the record, for a plan is the coming cohort. Its women are what the sentence says
/// (none printed: null, not known yet).
enum PlannedSentence {
    /// The planned row a sentence among `lines` (one page's, in reading order) tells, for a
    /// year after `newest`, or nil.
    static func row(in lines: [TextLine], after newest: Int, page: Int) -> HiringRecord.Row? {
        let text = Normalized.compact(lines.map(\.text).joined()).filter { !$0.isWhitespace }
        // A cheap prefilter: no sentence without a year and the verb.
        guard text.contains("年度"), text.contains("採用") else { return nil }
        for match in HiringSentences.sentences(in: text[...], objects: ["を採用", "の採用"]) {
            guard var row = HiringSentences.row(of: match, notedPlans: []), row.planned, row.fiscalYear > newest else { continue }
            let line = lines.first { Normalized.compact($0.text).filter { !$0.isWhitespace }.hasPrefix(String(match.year)) }
            row.provenance = line.map { Provenance(page: page, box: $0.box, text: $0.text) }
            return row
        }
        return nil
    }
}
