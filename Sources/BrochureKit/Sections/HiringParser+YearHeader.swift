extension HiringParser {
    /// `labels` (the years of the header row `header`) joined with the row under it when that
    /// row spells the same years again, in the other calendar (`2021` over `R3`, `2026` over
    /// `R8予定`); nil when it does not.
    ///
    /// A header of years across drawn on two rows puts each year's second spelling in a row of
    /// its own. Read as a body row it is a nameless row of figures, and it may be the only one
    /// to say the year is planned. Every year column's cell below must name the very year above
    /// it, so a row of counts (which names no year, or other years) is never taken.
    static func yearsSpelledAgain(_ labels: [YearLabel?], below rows: [[Table.Cell]], header: Int) -> [YearLabel?]? {
        guard header + 1 < rows.count, case let next = rows[header + 1], next.count >= labels.count else { return nil }
        let again = YearLabel.carryingEra(next.map(\.text))
        var joined = labels
        for c in labels.indices {
            guard let upper = labels[c] else {
                // The row labels' column (`区分` spanning both rows) names no year on either.
                guard again[c] == nil else { return nil }
                continue
            }
            guard let lower = again[c], lower.fiscalYear == upper.fiscalYear else { return nil }
            joined[c]?.planned = upper.planned || lower.planned
            joined[c]?.noted = upper.noted || lower.noted
        }
        return joined.contains { $0 != nil } ? joined : nil
    }
}
