extension RowLabelsBeside {
    /// The row labels of a block of three lines or more set left of a grid: one label per row,
    /// a second line under a label joined to it (`令和2年度` over `(2020)`).
    ///
    /// Labels set at the rows' pitch, or each wrapped onto a bracketed second line, run into one
    /// block of many lines, which `label(of:)` (a line or two alone) never takes. Each line level
    /// with a row starts a label; a line between two rows, right under a label, goes on with it
    /// when it is bracketed or completes a year. Anything else (two lines on one row, a line
    /// between rows that is neither, a label too long to be one) says the block is a paragraph,
    /// not a column of labels: no labels. A joined label keeps its first line's box, the one
    /// level with its row.
    static func stackedLabels(of block: Block, rows: [ClosedRange<Double>?]) -> [TextLine] {
        guard block.table == nil, block.lines.count >= 3, block.lines.allSatisfy({ $0.orientation == .horizontal }) else { return [] }
        var labels: [TextLine] = []
        var taken = Set<Int>()
        var continued = Set<Int>()
        for line in block.lines.sorted(by: { $0.box.y0 < $1.box.y0 }) {
            if let row = rows.firstIndex(where: { $0?.contains(line.box.midY) ?? false }) {
                guard taken.insert(row).inserted else { return [] }
                labels.append(line)
                continue
            }
            guard let last = labels.last, !continued.contains(labels.count - 1),
                line.box.y0 - last.box.y1 <= line.box.height / 2,
                NameColumn.isBracketed(line.text) || YearLabel(last.text) == nil && YearLabel(last.text + line.text) != nil
            else { return [] }
            labels[labels.count - 1].text += line.text
            continued.insert(labels.count - 1)
        }
        guard labels.count >= 3, labels.allSatisfy({ CharacterBound.atMost(16, Normalized.compact($0.text)) }) else { return [] }
        return labels
    }
}
