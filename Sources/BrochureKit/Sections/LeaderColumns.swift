/// Tables whose labels are joined to their figures by dotted leaders (`総務課……………１`): the
/// dots are no part of a name, and a column of dots alone is no column of figures.
///
/// The layout keeps the leaders as printed, in the unit's cell or as a column of their own,
/// so the text reads as the page does; the sections read the names and figures without them.
enum LeaderColumns {
    /// The characters a leader is drawn with: ellipses, two-dot leaders, middle and full stops.
    static let leaderScalars: Set<Unicode.Scalar> = ["…", "‥", "・", "·", "．", ".", "⋯"]

    /// `part` with every table's leaders taken out, its leader-only columns dropped.
    static func stripped(_ part: SectionSegmenter.Part) -> SectionSegmenter.Part {
        var part = part
        for i in part.blocks.indices {
            if let table = part.blocks[i].block.table, let clean = stripped(table) { part.blocks[i].block.table = clean }
        }
        return part
    }

    /// `table` without its leaders; nil when it has none.
    static func stripped(_ table: Table) -> Table? {
        // (Most tables have none: asked of each cell's last character first.)
        guard table.rows.contains(where: { $0.contains { $0.text.unicodeScalars.last.map(leaderScalars.contains) == true } }) else { return nil }
        var changed = false
        var rows = table.rows.map { row in
            row.map { cell -> Table.Cell in
                let text = withoutLeader(cell.text)
                guard text != cell.text else { return cell }
                changed = true
                var clean = cell
                clean.text = text
                // (A cell's lines go with its text: the last held the dots.)
                if !clean.lines.isEmpty { clean.lines[clean.lines.count - 1] = withoutLeader(clean.lines[clean.lines.count - 1]) }
                return clean
            }
        }
        guard changed else { return nil }
        // A column that held leaders and nothing else.
        let width = rows.map(\.count).min() ?? 0
        let dotted = (0..<width).filter { c in
            rows.allSatisfy { $0[c].text.isEmpty } && table.rows.contains { c < $0.count && !$0[c].text.isEmpty }
        }
        var columns = table.columns
        for c in dotted.reversed() {
            rows = rows.map { row in var row = row; row.remove(at: c); return row }
            if c < columns.count { columns.remove(at: c) }
        }
        return Table(box: table.box, columns: columns, rows: rows, headerRowCount: table.headerRowCount)
    }

    /// `text` without the leader at its end (the whole text, when it is one) and the spaces
    /// around it: three leader characters or more, or two ellipses (`……`, `‥‥`), which no
    /// name ends in.
    static func withoutLeader(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var end = scalars.count
        while end > 0, leaderScalars.contains(scalars[end - 1]) || scalars[end - 1] == " " || scalars[end - 1] == "\u{3000}" { end -= 1 }
        let run = scalars[end...].filter { leaderScalars.contains($0) }.count
        guard run >= 3 || run >= 2 && scalars[end...].contains(where: { $0 == "…" || $0 == "‥" }) else { return text }
        return String(String.UnicodeScalarView(scalars[..<end]))
    }
}
