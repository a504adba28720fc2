/// Whether a label left of an item heads another box: the boxes of a breakdown set side by
/// side, one per track, or the label's own lines.
///
/// A label left of an item, with a counted item ending between them on the item's row, is
/// the left box's: its items are the ones between (`事務系` over `法律 1名`, the right box
/// `技術系` over `工学 2名`). But a line of items under a heading (`▶ 事務系` over `事務 九十八名
/// 社会福祉 十二名`) has an item between its heading and its later items too. The two differ
/// above the item: a box of its own has its own label there, starting right of the items
/// between, of the kind sought (a track's box has its track label, a level's its level
/// label); a line under one heading has none, nor has a row of a grid whose later columns
/// are headed by levels (`大卒程度試験 | 院卒程度試験` over `事務系 | 法律 14名 | 行政 6名`):
/// there the row's track is still the one at its left.
enum ExamBoxLabels {
    struct Item {
        var box: Rect
        var page: Int
        /// It holds counts (`法律 1名`).
        var counted: Bool
        /// It names what the label sought names (a track, or a level).
        var label: Bool
    }

    /// Whether `label` (left of `piece` on `page`) heads another box than `piece`'s, by `items`,
    /// the section's pieces.
    static func inAnotherBox(label: Rect, piece: Rect, page: Int, items: [Item]) -> Bool {
        let reach = 2.5 * max(piece.height, 1)
        let between = items.filter { item in
            item.page == page && item.counted && item.box.x1 > label.x1 && item.box.x1 <= piece.x0 + 1
                && abs(item.box.midY - piece.midY) <= reach
        }
        guard let end = between.map(\.box.x1).max() else { return false }
        return items.contains { item in
            item.page == page && item.label && item.box.y1 <= piece.y0 + 1 && item.box.x0 >= end - 1 && item.box.x0 <= piece.x1
        }
    }
}
