/// A section's title and its English gloss caught as a table's first row (`働き方 | | Work
/// style` over three boxes of initiatives): the heading above the table, not a row of it.
///
/// A row of boxes side by side has no rules between the title and the boxes' names, and the
/// title's left edge and the gloss's right edge line up with the boxes' columns, so the
/// detector takes them as the first row; the section then opened on a table whose names
/// were its second row.
enum GlossedTitleRow {
    /// `table` without its first row, and the lines of that row, when the row holds only a
    /// short line naming a section and lines glossing it.
    static func split(_ table: Table, lines: [TextLine]) -> (table: Table, lines: [TextLine], title: [TextLine])? {
        guard table.rows.count >= 3, let first = table.rows.first else { return nil }
        let cells = first.filter { !$0.text.isEmpty }
        guard cells.count >= 2, let top = first.compactMap(\.box).map(\.y1).max() else { return nil }
        let rowLines = lines.filter { line in cells.contains { $0.box.map { $0.yOverlap(line.box) > 0 && $0.xOverlap(line.box) > 0 } ?? false } }
        guard rowLines.count == cells.count,
            let title = rowLines.first(where: { CharacterBound.atMost(12, $0.text) && SectionKind.opened(by: $0.text) != nil }),
            rowLines.allSatisfy({ $0 == title || EnglishGloss.glosses($0, heading: title) })
        else { return nil }
        let rest = Array(table.rows.dropFirst())
        guard let box = Rect.enclosing(rest.flatMap { $0.compactMap(\.box) }), box.y0 >= top - 0.5 else { return nil }
        let trimmed = Table(box: box, columns: table.columns, rows: rest, headerRowCount: max(table.headerRowCount - 1, 0))
        return (trimmed, lines.filter { !rowLines.contains($0) }, rowLines)
    }
}
