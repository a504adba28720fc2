/// Settles which hiring rows are planned when the label carries only a note mark
/// (`令和7年度※`) and the note under the table says what it means
/// (`※令和7年度は採用予定者数です。`).
///
/// A row is marked planned only when a note that starts with a note mark names the row's
/// own fiscal year and says 予定: a mark alone can refer to anything (a merger, a change of
/// exam), and calling actual hires planned would be a false figure.
enum PlannedNote {
    /// The words that say figures are planned, not actual: 予定 (planned), 見込 (expected,
    /// `令和8年度見込み`, `採用見込み数`) and 計画 (the hiring plan, `令和8年度（計画）`,
    /// `採用計画数`), and 目標 (the target, `令和8年度（目標）`, `採用目標数`). A brochure printed
    /// before April cannot know the coming cohort, and says so with any of them.
    static let words = ["予定", "見込", "計画", "目標"]

    /// Whether `text` says planned, in either word.
    static func says(_ text: String) -> Bool {
        words.contains { text.contains($0) }
    }

    /// Where `text` first says planned, in either word.
    static func firstMention(in text: String) -> Range<String.Index>? {
        words.compactMap { text.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
    }

    /// The fiscal years the section's notes say are planned.
    static func plannedYears(in notes: [String]) -> Set<Int> {
        Set(notes.flatMap(Self.split).flatMap { plannedYears(in: $0) + statedYears(in: $0) })
    }

    /// The fiscal years a note's sentences state are planned with no mark: a sentence whose
    /// topic is a year label and which says 予定 (`（ ）内は女性で内数です。2026年度は採用予定数です。`).
    /// Such a sentence is about that year and nothing else; a year elsewhere in a sentence
    /// (`令和7年度採用者のうち…`) is no topic. (A label carries no mark for it to match, so
    /// only `newestNoted` reads these years.)
    static func statedYears(in note: String) -> [Int] {
        Normalized.compact(note).split(separator: "。").compactMap { sentence in
            guard let topic = sentence.firstIndex(of: "は"), topic > sentence.startIndex, says(String(sentence[topic...])),
                let label = YearLabel(String(sentence[..<topic]))
            else { return nil }
            return label.fiscalYear
        }
    }

    /// The notes of one block each on its own: a note starts at a mark after a sentence's end
    /// (`※1 令和5年度は…です。※2 令和8年度は…予定数です。`), so one note's years are not
    /// read as planned by the next one's 予定.
    static func split(_ block: String) -> [String] {
        var notes: [String] = []
        var current = ""
        var previous: Character? = nil
        for c in block {
            // The block is not normalised yet: a full-width `＊` is the mark `*` too.
            if YearLabel.noteMarks.contains(c) || c == "＊", previous == "。", !current.isEmpty {
                notes.append(current)
                current = ""
            }
            current.append(c)
            if !c.isWhitespace { previous = c }
        }
        if !current.isEmpty { notes.append(current) }
        return notes
    }

    /// Whether a row labelled `year` holds planned hires: said in the label, or marked and
    /// said in a note.
    static func isPlanned(_ year: YearLabel, notedPlans: Set<Int>) -> Bool {
        year.planned || (year.noted && notedPlans.contains(year.fiscalYear))
    }

    /// The newest year of `rows` when a note names it planned (`※2026年度は採用予定数`) though
    /// no row says so itself: a chart's axis label cannot carry a mark (the plan is drawn, a
    /// hollow point or a dashed segment). Only the newest year, and only when no row is
    /// planned already: plans are the coming cohort, never a year before an actual one.
    static func newestNoted(_ rows: [HiringRecord.Row], notedPlans: Set<Int>) -> Int? {
        guard !rows.contains(where: \.planned), let newest = rows.map(\.fiscalYear).max(), notedPlans.contains(newest) else { return nil }
        return newest
    }

    /// Whether the header cells over a year's column (a row of `実績 | 予定` set above the
    /// years, `実績` spanning the actual ones) say the year is planned: a short cell saying
    /// 予定 (`予定`, `（予定）`, `予定数`), not a sentence that mentions it.
    static func isPlanHeader(_ cells: [String]) -> Bool {
        cells.contains { cell in
            let text = Normalized.compact(cell)
            return says(text) && !text.contains("実績") && text.count <= 5
        }
    }

    /// The fiscal years a note says are planned: a note (led by `※`, `*`) that mentions 予定,
    /// with the years it names before 予定.
    static func plannedYears(in note: String) -> [Int] {
        let text = Normalized.compact(note)
        guard let first = text.first, YearLabel.noteMarks.contains(first), let plan = firstMention(in: text) else { return [] }
        let before = String(text[..<plan.lowerBound])
        var years: [Int] = []
        if let dates = try? EraDate.all(in: before) { years += dates.filter { !$0.isAsOf && $0.month == nil }.map(\.year) }
        // `R7は…`, `2025年度は…`: the short and Gregorian forms a table's labels use too.
        for piece in before.split(whereSeparator: { "は、,の".contains($0) }) {
            let token = withoutNoteNumber(piece.drop { YearLabel.noteMarks.contains($0) })
            if let label = YearLabel(String(token)) { years.append(label.fiscalYear) }
        }
        return years
    }

    /// A note's text without the number of its mark (`※1 2026年度は…`, `※2) R8は…`): the
    /// number is the note's, and glued to a Gregorian year it would read as none (`12026年度`).
    /// Only a number set apart by a space or a closing sign: `※2026年度は…` keeps its year.
    static func withoutNoteNumber(_ text: Substring) -> Substring {
        let number = text.prefix { $0.isASCII && $0.isNumber }
        guard !number.isEmpty, number.count <= 2, case let rest = text.dropFirst(number.count),
            let separator = rest.first, " ).:".contains(separator)
        else { return text }
        return rest.dropFirst().drop { $0 == " " }
    }
}
