/// A line standing alone on its row and in its column (an edition date right-aligned under
/// the title), read where it stands down the page.
extension ReadingOrder {
    /// `ordered` with each lone line moved before the first block lying wholly below it.
    ///
    /// Breuel's rules read a block wholly right of another after it unless something spanning
    /// both lies between them: a date set at the right margin between the title and the lead,
    /// right of every table under them, was read after the whole page. Nothing shares the
    /// line's row or its column, so no column is being read across: it goes where its height
    /// puts it. (A column's heading has its column under it; a line beside a paragraph shares
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
                other.box != box && !inMargin(other, pageHeight: pageHeight)
                    && (other.box.yOverlap(box) > 0 || other.box.xOverlap(box) > 0)
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
