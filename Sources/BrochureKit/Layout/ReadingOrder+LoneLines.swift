/// A line standing alone on its row and in its column (an edition date right-aligned under
/// the title), read where it stands down the page.
extension ReadingOrder {
    /// `ordered` with each lone line moved before the first block lying wholly below it.
    ///
    /// Breuel's rules read a block wholly right of another after it unless something spanning
    /// both lies between them: a date set at the right margin between the title and the lead,
    /// right of every table under them, was read after the whole page. Nothing shares the
    /// line's row or its column, so no column is being read across: it goes where its height
    /// puts it. (A column's heading has its column right under it; a line beside a paragraph shares
    /// its row. A running header over the date, `国立遺伝学研究所 職員採用案内 2026` set small at
    /// the top right of every page, is no column: a one-line block in the page's top or bottom
    /// margin (`RunningFurniture.marginShare`) is not counted, as it is not once marked as
    /// furniture after every page is laid out.)
    static func placingLoneLines(_ ordered: [Block], pageHeight: Double = 0) -> [Block] {
        guard ordered.count > 2 else { return ordered }
        var result = ordered
        for block in ordered where block.table == nil && block.lines.count == 1 && !block.isFurniture {
            let box = block.box
            let alone = !ordered.contains { other in
                guard other.box != box else { return false }
                // (A title's line ending left of it on its row leaves it alone: the date set right
                // of the title. Not a heading set upright, whose row is its whole height.)
                if other.box.yOverlap(box) > 0 { return other.lines.count > 1 || other.box.x1 > box.x0 || block.lines[0].orientation == .vertical }
                guard other.box.xOverlap(box) > 0 else { return false }
                // (Under it, what starts within three lines of it, or further down on its left or
                // right edge, makes it a column's heading, in the margin or not; a table far down
                // the page reaching under the date from the left heads no column from it.)
                if other.box.y0 >= box.y1 {
                    // (Not a folio on its edge, in the bottom margin.)
                    return other.box.y0 - box.y1 <= 3 * box.height
                        || !inMargin(other, pageHeight: pageHeight) && (abs(other.box.x0 - box.x0) <= 1 || abs(other.box.x1 - box.x1) <= 1)
                }
                return !inMargin(other, pageHeight: pageHeight)
            }
            guard alone, let from = result.firstIndex(where: { $0.box == box }) else { continue }
            let moved = result.remove(at: from)
            let to = result.firstIndex { $0.box.y0 >= box.y1 } ?? result.count
            result.insert(moved, at: to)
        }
        return result
    }

    /// Whether `other` is one line in the page's top or bottom margin: a running header or
    /// footer still unmarked.
    private static func inMargin(_ other: Block, pageHeight: Double) -> Bool {
        guard pageHeight > 0, other.table == nil, other.lines.count == 1 else { return false }
        let share = RunningFurniture.marginShare
        return other.box.y1 <= pageHeight * share || other.box.y0 >= pageHeight * (1 - share)
    }
}
