/// One year's row of a hiring table: its cells read by the roles their columns play.
extension HiringParser {
    /// `men` are the count columns that hold the men only (`男性 | 女性`): the head count is
    /// their sum with the women beside them, which the page never prints.
    func row(
        _ year: YearLabel, cells: [Table.Cell], roles: [ColumnRole], women: [Int: Int] = [:], men: Set<Int> = [], others: [Int] = [],
        convention: Headcount.Convention, page: Int
    ) -> HiringRecord.Row {
        let planned = PlannedNote.isPlanned(year, notedPlans: notedPlans)
        // A track's figure not decided yet (`未定`) is unknown, and so is a total left as a dash beside it.
        let undecided = cells.indices.contains { i in
            (others.contains(i) || (i < roles.count && [.administrative, .technical].contains(roles[i]))) && Self.undecided(cells[i].text)
        }
        func count(_ role: ColumnRole) -> CountWithWomen? {
            guard let i = roles.firstIndex(of: role), i < cells.count else { return nil }
            let text = struck.map { StruckFigures.corrected(cells[i].text, side: $0) } ?? cells[i].text
            if Self.undecided(text) || (role == .total && undecided && Headcount.noneMarks.contains(Normalized.compact(text))) { return nil }
            if text.trimmingWhitespace().isEmpty && !men.contains(i) { return CountWithWomen(count: 0, women: nil) }
            var found = text.trimmingWhitespace().isEmpty
                ? CountWithWomen(count: 0, women: nil) : parsedCount(text, convention: convention) ?? Self.asPrinted(text)
            if let w = women[i], w < cells.count, found.women == nil {
                // A planned year's women left blank are not known yet (the plan is not split by
                // sex); an actual year's blank cell has none, and so has a dash the notes say
                // means none (`DashNote`).
                let text = cells[w].text
                if text.trimmingWhitespace().isEmpty {
                    found.women = planned ? nil : 0
                } else if dashMeansNone, Headcount.noneMarks.contains(Normalized.compact(text)) {
                    found.women = 0
                } else {
                    found.women = WomenCell.women(in: text, count: found.count)
                }
                if men.contains(i) { found.count += found.women ?? 0 }
            }
            return found
        }
        return HiringRecord.Row(
            fiscalYear: year.fiscalYear, label: year.label, planned: planned, total: count(.total),
            administrative: count(.administrative), technical: count(.technical),
            other: others.isEmpty ? nil : OtherTrackColumns.sum(others.map { i in
                // (Read as the tracks are, save a figure printed oddly: a decoy's must not pass for one.)
                guard i < cells.count else { return nil }
                let text = struck.map { StruckFigures.corrected(cells[i].text, side: $0) } ?? cells[i].text
                return Headcount.noneMarks.contains(Normalized.compact(text)) ? CountWithWomen(count: 0, women: nil) : parsedCount(text, convention: convention)
            }),
            provenance: Rect.enclosing(cells.compactMap(\.box)).map {
                Provenance(page: page, box: $0, text: ([year.label] + cells.map(\.text)).joined(separator: "\t"))
            })
    }

    /// A cell's head count and women in any of the forms a table prints them (`48／24` under
    /// a legend, `男5女3`, a count over its women, `55（20）` by the section's convention); nil
    /// for a dash or a cell that is no count.
    func parsedCount(_ text: String, convention: Headcount.Convention) -> CountWithWomen? {
        (slashedWomen ? SlashedWomen.parse(text) : nil) ?? SexSplitCount.parse(text) ?? WomenBelowCount.parse(text)
            ?? (try? Headcount.parse(text, convention: convention)).map(CountWithWomen.init)
    }
}
