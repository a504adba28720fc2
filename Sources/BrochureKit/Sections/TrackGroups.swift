/// An assignment list grouped by track: a label naming one track (`〈事務系〉`) over its units,
/// each with its count (`長官官房秘書課 ……… 1名`), then the next track's label and its units.
///
/// The first group reads as a table under a header set above it
/// (`AssignmentsParser.headerAbove`), and the reader stopped there, so every later track was
/// lost. A later group is a table of its own under its label, or, when it holds a single
/// unit, no table at all: the layout finds no columns in one row, so the unit and its count
/// are one-line blocks on one baseline (the leader dots between them are drawn, not text).
enum TrackGroups {
    /// The rows of the groups starting at block `start` of `blocks` (on `page`), and the index
    /// of the first block after them: each group a one-line label naming one track, then a
    /// two-column table of units and counts or a unit and a count side by side on a baseline.
    static func rows(from start: Int, in blocks: [(page: Int, block: Block)], page: Int) -> (rows: [AssignmentRecord.Row], next: Int) {
        var rows: [AssignmentRecord.Row] = []
        var i = start
        while i < blocks.count, blocks[i].page == page, let role = trackLabel(blocks[i].block) {
            var group: [AssignmentRecord.Row] = []
            var j = i + 1
            while j < blocks.count, blocks[j].page == page {
                let block = blocks[j].block
                if let table = block.table, table.columns.count == 2 {
                    group += table.rows.compactMap { row(unit: $0[0], count: $0[1], role: role, page: page) }
                    j += 1
                } else if j + 1 < blocks.count, blocks[j + 1].page == page, let pair = pair(block, blocks[j + 1].block),
                    let found = row(unit: pair.unit, count: pair.count, role: role, page: page)
                {
                    group.append(found)
                    j += 2
                } else {
                    break
                }
            }
            guard !group.isEmpty else { break }
            rows += group
            i = j
        }
        return (rows, i)
    }

    /// The track a one-line label names alone (`〈技術系〉`, `事務系`).
    private static func trackLabel(_ block: Block) -> ColumnRole? {
        guard let roles = AssignmentsParser.headerAbove(block, columns: 2), let role = roles.last,
            role == .administrative || role == .technical
        else { return nil }
        return role
    }

    /// Two one-line blocks on one baseline, the second right of the first: a unit and its count.
    private static func pair(_ left: Block, _ right: Block) -> (unit: Table.Cell, count: Table.Cell)? {
        guard left.table == nil, right.table == nil, left.lines.count == 1, right.lines.count == 1,
            abs(left.box.y1 - right.box.y1) <= 0.3 * max(left.box.height, 1), right.box.x0 >= left.box.x1
        else { return nil }
        return (Table.Cell(text: left.lines[0].text, box: left.box), Table.Cell(text: right.lines[0].text, box: right.box))
    }

    /// A unit with its count under `role`: nil unless the name is no count and the count is one.
    private static func row(unit: Table.Cell, count: Table.Cell, role: ColumnRole, page: Int) -> AssignmentRecord.Row? {
        let name = Normalized.compact(unit.text)
        guard !name.isEmpty, !["計", "合計"].contains(name), !AssignmentsParser.isTrackTotal(name), (try? Headcount.parse(unit.text)) == nil,
            let n = (try? Headcount.parse(count.text))??.count
        else { return nil }
        return AssignmentRecord.Row(
            unit: name, administrative: role == .administrative ? n : 0, technical: role == .technical ? n : 0,
            provenance: Rect.enclosing([unit.box, count.box].compactMap { $0 }).map {
                Provenance(page: page, box: $0, text: unit.text + "\t" + count.text)
            })
    }
}
