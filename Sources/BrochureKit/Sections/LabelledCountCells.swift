/// Assignments as a tree's leaves: each unit on a row of its own, then (after a connector
/// arrow, perhaps) a cell per track naming it with its count (`経営管理部 → 事務職 6 技術職 －`).
///
/// The layout may take a column of prose beside the tree into the same table, so the entry is
/// found where it sits in the row: the cell straight before the first labelled count (arrows
/// skipped) is the unit, the two labelled counts after it its tracks; cells after those are
/// the neighbour's. Group lines (`■本庁`) have no counts and name no unit.
enum LabelledCountCells {
    /// One row per entry of `blocks`' tables, or nil when fewer than two are found.
    static func rows(in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row]? {
        var rows: [AssignmentRecord.Row] = []
        for (page, block) in blocks {
            guard let table = block.table else {
                // A lone entry (a group's only unit) makes no grid: the layout leaves its name,
                // arrow and counts as one-line blocks on one baseline, read here as the row they are.
                if let row = lineEntry(block, page: page, in: blocks) { rows.append(row) }
                continue
            }
            for cells in table.rows {
                if let row = entry(cells, page: page) { rows.append(row) }
            }
        }
        return rows.count >= 2 ? rows : nil
    }

    /// The entry a one-line block starts: its line and the one-line blocks right of it on its
    /// baseline, left to right, as cells; nil when they make none (or the line is a count).
    static func lineEntry(_ block: Block, page: Int, in blocks: [(page: Int, block: Block)]) -> AssignmentRecord.Row? {
        guard block.lines.count == 1, case let line = block.lines[0], labelledCount(line.text) == nil else { return nil }
        let beside = blocks.filter { $0.page == page && $0.block.table == nil && $0.block.lines.count == 1 }.map { $0.block.lines[0] }
            .filter { $0.box.x0 >= line.box.x1 - 0.5 && $0.box.yOverlap(line.box) >= 0.5 * min($0.box.height, line.box.height) }
            .sorted { $0.box.x0 < $1.box.x0 }
        guard beside.count >= 2 else { return nil }
        return entry(([line] + beside).map { Table.Cell(text: $0.text, box: $0.box) }, page: page)
    }

    /// The entry of one table row, if it holds a unit followed by both tracks' labelled counts.
    static func entry(_ cells: [Table.Cell], page: Int) -> AssignmentRecord.Row? {
        guard let first = cells.firstIndex(where: { labelledCount($0.text) != nil }), first + 1 < cells.count,
            let a = labelledCount(cells[first].text), let b = labelledCount(cells[first + 1].text), a.role != b.role
        else { return nil }
        var n = first - 1
        while n >= 0, arrows.contains(Normalized.compact(cells[n].text)) { n -= 1 }
        guard n >= 0 else { return nil }
        let unit = Normalized.compact(cells[n].text)
        guard !unit.isEmpty, labelledCount(unit) == nil, !unit.contains(where: { $0.isASCII && $0.isNumber }) else { return nil }
        let counts = [a, b]
        func count(_ role: ColumnRole) -> Int { counts.first { $0.role == role }?.count ?? 0 }
        let used = Array(cells[n...(first + 1)])
        return AssignmentRecord.Row(
            unit: unit, administrative: count(.administrative), technical: count(.technical),
            provenance: Rect.enclosing(used.compactMap(\.box)).map {
                Provenance(page: page, box: $0, text: used.map(\.text).joined(separator: "\t"))
            })
    }

    /// Connector glyphs between a unit and its counts.
    static let arrows: Set<String> = ["→", "⇒", "▶", "►", "…", "‥"]

    /// `事務職 6` → (administrative, 6); `技術職－` → (technical, 0); nil for anything else.
    static func labelledCount(_ raw: String) -> (role: ColumnRole, count: Int)? {
        let text = Normalized.compact(raw).filter { $0 != " " }
        guard let split = text.firstIndex(where: { ($0.isASCII && $0.isNumber) || Headcount.noneMarks.contains(String($0)) || $0 == "－" })
        else { return nil }
        let label = String(text[..<split])
        var rest = String(text[split...])
        guard label.count <= 4, label.hasSuffix("系") || label.hasSuffix("職") else { return nil }
        let role = ColumnRole(label: label)
        guard role == .administrative || role == .technical else { return nil }
        if rest.hasSuffix("人") || rest.hasSuffix("名") { rest.removeLast() }
        if Headcount.noneMarks.contains(rest) || rest == "－" { return (role, 0) }
        guard rest.count <= 3, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(rest) else { return nil }
        return (role, count)
    }
}
