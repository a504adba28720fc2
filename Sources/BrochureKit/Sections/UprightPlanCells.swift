/// Planned hiring rows marked only by a row-group cell set upright beside them: `予定` set
/// vertically over the planned row's height, as `採用実績` is over the actual years'.
///
/// The layout leaves such a cell beside the grid as a block of its own, and the row's label
/// (`令和8年4月採用`) says nothing of a plan. A cell that says planned and nothing else, a
/// vertical line left of the rows' figures, marks the rows whose middle lies within its height.
enum UprightPlanCells {
    /// The fiscal years of `rows` (read on `page`) an upright plan cell among `blocks` spans.
    static func plannedYears(_ rows: [HiringRecord.Row], blocks: [(page: Int, block: Block)], page: Int) -> Set<Int> {
        let cells = blocks.filter { $0.page == page && $0.block.table == nil }.flatMap(\.block.lines).filter {
            $0.orientation == .vertical && PlannedNote.isPlanHeader([$0.text])
        }
        guard !cells.isEmpty else { return [] }
        var years = Set<Int>()
        for row in rows {
            guard let box = row.provenance?.box, row.provenance?.page == page else { continue }
            if cells.contains(where: { ($0.box.y0...$0.box.y1).contains(box.midY) && $0.box.x1 <= box.x0 }) { years.insert(row.fiscalYear) }
        }
        // All rows spanned is a cell over the whole table, not the plan's row.
        return years.count < rows.count ? years : []
    }
}
