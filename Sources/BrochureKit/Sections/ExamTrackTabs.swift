/// Track labels set upright on tabs beside the lists they head (`事務職` turned 90° on a tinted
/// tab spanning `■大学卒業程度` … `・行政（社会人）　5名`): every row of the list a tab spans is
/// its label's.
///
/// Read in order, a list's rows take the last track read; but a turned label is read where
/// the layout places it, which need not be before its list (the second tab's label, centred
/// low on a long list, may come amid the first list's rows). Read by height, the first list's
/// last rows stand nearer the next tab's label than their own. A tab spans its whole list,
/// level lines included, and its label stands at the tab's middle; so the labels of one
/// column cut the rows right of them (level lines and counted items) into consecutive runs,
/// each centred on its label (`ExamCentredSpans.runs`), and a row takes the label of its run.
/// Labels that do not stand centred on such runs tell nothing here.
enum ExamTrackTabs {
    struct Item {
        var box: Rect
        var page: Int
        /// The track the item names, if it is no more than a label.
        var track: Track?
        /// Whether the item holds a category with its count.
        var counted: Bool
        /// Whether the item heads a list's rows: an exam level's line (`■大学卒業程度`) or a
        /// line opening with a head mark (`■社会人経験者`).
        var head: Bool
    }

    /// The track of the counted row at `row` on `page`, by the upright track labels left of it
    /// among `items`; nil when none stands centred on its run of rows.
    static func track(of row: Rect, page: Int, items: [Item]) -> Track? {
        let labels = items.filter { item in
            item.page == page && item.track != nil && !item.counted && item.box.height >= 1.5 * item.box.width
                && item.box.x1 <= row.x0 + 1
        }
        // The column of the nearest label left of the row.
        guard let nearest = labels.max(by: { $0.box.x1 < $1.box.x1 }) else { return nil }
        let column = labels.filter { min($0.box.x1, nearest.box.x1) - max($0.box.x0, nearest.box.x0) >= 0.5 * min($0.box.width, nearest.box.width) }
            .sorted { $0.box.midY < $1.box.midY }
        guard let right = column.map(\.box.x1).max() else { return nil }
        let rows = items.filter { $0.page == page && ($0.counted || $0.head) && $0.box.x0 >= right - 1 }.map(\.box)
        let centres = ExamCentredSpans.rowCentres(rows)
        guard centres.count >= column.count,
            let at = centres.indices.min(by: { abs(centres[$0] - row.midY) < abs(centres[$1] - row.midY) })
        else { return nil }
        let pitch = zip(centres, centres.dropFirst()).map { $1 - $0 }.min() ?? max(row.height, 1)
        guard abs(centres[at] - row.midY) <= pitch / 4,
            let runs = ExamCentredSpans.runs(of: centres, marks: column.map(\.box.midY), tolerance: pitch / 4),
            let run = runs.firstIndex(where: { $0.contains(at) })
        else { return nil }
        return column[run].track
    }

    /// Whether a line opens with a list's head mark (`■`, `◆`, `●`): the head of the rows under it.
    static func opensWithHeadMark(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "■□◆◇●○▶▼".contains(first)
    }
}
