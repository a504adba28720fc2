extension SectionSegmenter {
    /// Whether a heading set upright on a page of horizontal text is a cell of a table of the
    /// open section: a row-group cell set vertically (`採用実績` spanning the actual years,
    /// `予定` the planned one) that the layout left beside the grid it heads.
    ///
    /// Its words may name the section itself, but a section heading is not set upright inside
    /// a table's height and next to its rows: taken as one, it would open a new part and cut
    /// the notes under the table off from it.
    static func isUprightTableCell(_ block: Block, of part: Part?, page: Int, pageIsVertical: Bool) -> Bool {
        guard !pageIsVertical, let part, block.lines.count == 1, case let line = block.lines[0], line.orientation == .vertical
        else { return false }
        let em = line.box.width
        return part.blocks.contains { entry in
            guard entry.page == page, let table = entry.block.table else { return false }
            let box = table.box
            return (box.y0...box.y1).contains(line.box.midY) && line.box.x1 >= box.x0 - 2 * em && line.box.x0 <= box.x1 + 2 * em
        }
    }
}
