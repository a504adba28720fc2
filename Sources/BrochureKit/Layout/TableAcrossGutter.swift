/// Whether rows of a table run across a gutter: a gap between two of its columns that
/// happens to continue down the page, past where the table ends.
///
/// Cells of a row sit on one baseline on both sides of the gap, row after row. Two page
/// columns border their gutter too, but with running text (left to the caller to leave
/// out) or with rows of their own pitch that rarely meet three times.
enum TableAcrossGutter {
    /// Whether three rows or more of `lines` have a cell ending left of `gutter` and one
    /// starting right of it at the same height.
    static func runsAcross(_ lines: [TextLine], gutter: ClosedRange<Double>) -> Bool {
        let left = lines.filter { $0.box.x1 <= gutter.lowerBound + 0.5 }
        let right = lines.filter { $0.box.x0 >= gutter.upperBound - 0.5 }
        guard left.count >= 3, right.count >= 3 else { return false }
        var rows: [Rect] = []
        for a in left {
            // The nearest cell to the left of the gap on this row, not one further out.
            guard !left.contains(where: { $0 != a && $0.box.x0 >= a.box.x1 - 0.5 && $0.box.yOverlap(a.box) > 0 }) else { continue }
            let partnered = right.contains { b in b.box.yOverlap(a.box) >= 0.5 * min(a.box.height, b.box.height) }
            if partnered, !rows.contains(where: { $0.yOverlap(a.box) > 0 }) { rows.append(a.box) }
        }
        return rows.count >= 3
    }

    /// Whether a column of short cells stands wholly between `gutter` and the left edge of the
    /// heading right of it, below that heading: the last column of the table on the left
    /// (a `計` column of figures), which the cut would hand to the column on the right.
    /// A page column's text starts at its edge and runs on past its heading's first letter;
    /// so does a numbered list's item, its number standing out before the heading
    /// (`1␣募集案内の公表`): a cell whose row goes on within an em is such a number.
    static func leavesColumnBehind(_ lines: [TextLine], gutter: ClosedRange<Double>, rightHeading heading: Rect) -> Bool {
        let stranded = lines.filter { line in
            line.box.y0 >= heading.y1 && line.box.x0 >= gutter.upperBound - 0.5 && line.box.x1 <= heading.x0 + 0.5
                && !lines.contains { next in
                    next.box.x0 >= line.box.x1 - 0.5 && next.box.x0 - line.box.x1 <= line.box.height
                        && next.box.yOverlap(line.box) >= 0.5 * min(next.box.height, line.box.height) && next != line
                }
        }
        return stranded.count >= 2
    }
}
