extension SectionSegmenter {
    /// Whether a short line in body type is a badge marking a year of the open hiring section as
    /// planned (`採用予定` set under `2026年度` on the planned year's card), not a heading.
    ///
    /// `採用予定` alone heads the exam section, but a badge sits right under a year label of the
    /// hiring figures, within its width and smaller than the section's heading; a heading of
    /// the next section stands apart from any year. Taken as a heading, the badge would open
    /// the exam section and carry the planned year's figures off into it.
    static func isYearBadge(_ block: Block, of part: Part?, page: Int) -> Bool {
        guard let part, part.kind == .hiring, block.kind != .heading, block.table == nil, block.lines.count == 1,
            case let badge = block.lines[0], badge.orientation == .horizontal, badge.fontSize < 0.95 * part.headingSize
        else { return false }
        return part.blocks.contains { entry in
            entry.page == page && entry.block.table == nil && entry.block.lines.contains { year in
                let em = year.box.height
                return year.orientation == .horizontal && badge.box.y0 >= year.box.y1 - em / 4 && badge.box.y0 - year.box.y1 <= 2 * em
                    && (year.box.x0...year.box.x1).contains(badge.box.midX) && YearLabel(year.text) != nil
            }
        }
    }
}
