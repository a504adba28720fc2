/// The level of an exam named by its own title line: the level its words name, or, for a
/// title that names none (`社会人等経験者採用試験`, `総合職試験`), the non-graduate level.
///
/// A list or a run of card rows heads each exam with its title, and the level read from one
/// title carries on to the items under the next; a title that names no level would leave the
/// items of an experienced-hire exam under the graduate level of the exam before it. Only an
/// exam that says it is one for graduates is graduate (the contract has two levels, graduate
/// and not; `ExamSentence` reads an exam without a level the same way). A title is a short
/// line naming an exam (`試験`) with no counts, no track and no particles: a sentence about
/// exams (`採用試験の日程`) is none. `程度` without the level it qualifies (`程度試験`) is the
/// tail of a level label wrapped from the line above (`…・院卒` / `程度試験`): it keeps that level.
enum ExamTitleLevel {
    static func level(ofTitle text: String) -> ExamBreakdown.Level? {
        let compact = Normalized.compact(text)
        if let named = ExamBreakdownParser.level(named: compact) { return named }
        // An exam is named as such (`…試験`) or as a hiring scheme (`キャリア採用`).
        guard compact.contains("試験") || compact.hasSuffix("採用"), !compact.contains("程度"), compact.count <= 24, Track(label: compact) == .other,
            ExamBreakdownParser.pairs(in: compact).isEmpty,
            !compact.unicodeScalars.contains(where: { (0x3041...0x309F).contains($0.value) })
        else { return nil }
        return .undergraduate
    }
}
