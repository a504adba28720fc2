extension SectionSegmenter {
    /// The exam section, for a caption in body type naming the hires planned for a year
    /// (`令和8年度 採用予定数`, over `（大学卒業程度）`) right over a table that gives no years.
    ///
    /// Set in body type the words alone do not tell the exam's title from a caption of the
    /// hiring figures (`datedPlanTitle` takes them only set as headings). The table under them
    /// does: the plan by exam lists categories, while a caption of the hiring figures heads
    /// years, down or across. Left in the hiring section, the breakdown is never read.
    /// Not for a heading (`datedPlanTitle`'s); the segmenter asks it only outside an exam
    /// section (`outsideExams`).
    static func datedPlanCaption(_ block: Block, page: PageLayout) -> SectionKind? {
        guard block.kind != .heading, block.table == nil, let line = block.lines.first,
            line.orientation == .horizontal, isDatedPlan(line.text)
        else { return nil }
        let em = line.box.height
        let bottom = block.box.y1
        // The nearest table starting under the caption, within a few lines, across its start.
        let under = page.blocks.compactMap(\.table).filter { table in
            table.box.y0 >= bottom - em / 2 && table.box.y0 - bottom <= 3 * em
                && table.box.x0 <= line.box.x1 && table.box.x1 >= line.box.x0
        }.min { $0.box.y0 < $1.box.y0 }
        guard let table = under, !givesYears(table) else { return nil }
        return .examBreakdown
    }

    /// `令和8年度採用予定数`, `2026年度 採用予定数`: the year and the words, nothing more but
    /// the exam in brackets.
    static func isDatedPlan(_ text: String) -> Bool {
        // (The exam it is for in brackets after it, `令和8年度採用予定数（大学卒業程度）`, is no part of it.)
        // (Every caption is asked: the ending is compared as scalars, and a string is made only
        // of a caption that has it. A text without `数` cannot have it, normalised or not: no
        // other character becomes `数` under NFKC, and most lines are turned away unnormalised.)
        guard text.unicodeScalars.contains("数") else { return false }
        let scalars = SectionKind.droppingExamNote(Array(Normalized.compact(text).unicodeScalars))
        guard scalars.count > plannedNumber.count, scalars.suffix(plannedNumber.count).elementsEqual(plannedNumber) else { return false }
        let year = String(String.UnicodeScalarView(scalars.dropLast(plannedNumber.count)))
        return year.hasSuffix("年度") && YearLabel.fiscalYear(year) != nil
    }

    private static let plannedNumber = Array("採用予定数".unicodeScalars)

    /// Whether two or more cells of a row or of a column are fiscal years.
    private static func givesYears(_ table: Table) -> Bool {
        let width = table.rows.map(\.count).max() ?? 0
        let across = table.rows.contains { row in row.filter { YearLabel($0.text) != nil }.count >= 2 }
        return across || (0..<width).contains { c in table.rows.filter { c < $0.count && YearLabel($0[c].text) != nil }.count >= 2 }
    }
}
