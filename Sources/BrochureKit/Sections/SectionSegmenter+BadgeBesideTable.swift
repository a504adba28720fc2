extension SectionSegmenter {
    /// Whether a short line is the title of a callout badge set beside the open hiring
    /// section's table (`令和8年度` over `採用予定`, to the right of a table of the actual years).
    ///
    /// A badge's year is set larger than the section's heading and its plan word
    /// (`採用予定`) alone heads the exam section: the one would close the hiring section by size,
    /// the other open the exams', carrying the planned year's figures off. A line level with a
    /// table of the section, wholly beside it, that is a year alone stands in no section's
    /// heading place: it belongs to the figures. So does a line saying planned right under such
    /// a year, within its width.
    static func isBadgeBesideTable(_ block: Block, of part: Part?, page: Int) -> Bool {
        guard let part, part.kind == .hiring, block.table == nil, block.lines.count == 1, case let line = block.lines[0],
            line.orientation == .horizontal, CharacterBound.atMost(12, Normalized.compact(line.text))
        else { return false }
        let tables = part.blocks.filter { $0.page == page && $0.block.table != nil }.map(\.block.box)
        func beside(_ box: Rect) -> Bool {
            tables.contains { ($0.y0...$0.y1).contains(box.midY) && (box.x0 >= $0.x1 || box.x1 <= $0.x0) }
        }
        guard beside(line.box) else { return false }
        if YearLabel(line.text) != nil { return true }
        guard PlannedNote.says(line.text) else { return false }
        return part.blocks.contains { entry in
            entry.page == page && entry.block.table == nil && entry.block.lines.contains { year in
                let em = year.box.height
                return year.orientation == .horizontal && YearLabel(year.text) != nil && beside(year.box)
                    && line.box.y0 >= year.box.y1 - em / 4 && line.box.y0 - year.box.y1 <= 2 * em
                    && (year.box.x0...year.box.x1).contains(line.box.midX)
            }
        }
    }
}
