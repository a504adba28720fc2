extension HiringParser {
    /// `table` (years down, `years` its rows' years) with each track's sub-columns folded into
    /// one: a plan and an actual column (`PlanActualSubColumns`), job classes to add up
    /// (`JobClassSubColumns`), categories closed by their subtotal (`TrackSubtotalColumns`) or
    /// categories the total vouches for (`TrackCategorySums`); nil when its header groups no sub-columns under the tracks.
    func foldedSubColumns(_ table: Table, years: [YearLabel?]) -> Table? {
        guard let first = years.firstIndex(where: { $0 != nil }), first >= 2 else { return nil }
        let planned = { (r: Int) in years[r].map { PlannedNote.isPlanned($0, notedPlans: notedPlans) } ?? false }
        return PlanActualSubColumns.folded(table, headerRows: first, planned: planned) ?? JobClassSubColumns.summed(table, headerRows: first)
            ?? TrackSubtotalColumns.taken(table, headerRows: first) ?? TrackCategorySums.summed(table, headerRows: first)
    }
}
