/// Hands back to a section the blocks of its right-hand column that reading order put after
/// the next section's heading: a two-column grid of items, or two contact boxes side by side,
/// with the next section's heading set under the left column only.
///
/// Read column by column, the left column runs on through the heading under it
/// (`仕事と家庭の両立支援` under two initiatives) before the right column (two more
/// initiatives) is read, so the right column's items land in the next section. A block read
/// after a section's heading, before the next section opens, that stands wholly above that
/// heading and clear of it across, level with a block read before the heading, sits beside
/// the section above: it is read just before the heading, as a reader takes the rows across.
/// Not when its column runs on below the heading: then it is the top of a column of its own
/// (text flowing on from the foot of the left column), which must stay whole. Nor when its
/// column starts above it with a block that stays (`●配偶者出産休暇` level with the heading of
/// the section above, over `＜介護＞` and its items): that column flows on from the foot of the
/// left one.
enum ColumnBesideSection {
    /// `blocks` (one page's, in reading order) with every such block moved to just before the
    /// heading it was read after; the same blocks in the same order when none is.
    static func reordered(_ blocks: [Block]) -> [Block] {
        let openers = blocks.indices.filter { opensSection(blocks[$0]) }
        guard !openers.isEmpty else { return blocks }
        var order = Array(blocks.indices)
        // From the last heading up: blocks moved before one stay after the heading above it.
        for (n, h) in openers.enumerated().reversed() {
            let start = n > 0 ? openers[n - 1] + 1 : 0
            let end = n + 1 < openers.count ? openers[n + 1] : blocks.count
            let before = blocks[start..<h].filter { !$0.isFurniture }
            let kind = SectionKind.opened(by: blocks[h].lines.map(\.text).joined())
            let moved = (h + 1..<end).filter { isBeside(blocks[$0], heading: blocks[h], before: before) && !continues(blocks[$0], kind) }
            let column = moved.map { blocks[$0] }
            guard !moved.isEmpty,
                !(h + 1..<end).contains(where: { k in
                    !moved.contains(k) && (runsOn(blocks[k], below: blocks[h], column: column) || heads(blocks[k], column: column))
                })
            else { continue }
            order.removeAll { moved.contains($0) }
            order.insert(contentsOf: moved, at: order.firstIndex(of: h)!)
        }
        return order.map { blocks[$0] }
    }

    /// Whether `block` opens a section: a heading whose words name one.
    static func opensSection(_ block: Block) -> Bool {
        block.kind == .heading && SectionKind.opened(by: block.lines.map(\.text).joined()) != nil
    }

    /// Whether `block`, read after `heading`, stands above it and clear of it across, level
    /// with one of the blocks read before it (`before`) and clear of that one across too.
    static func isBeside(_ block: Block, heading: Block, before: [Block]) -> Bool {
        guard !block.isFurniture, block.box.y1 <= heading.box.y0 + 0.5, block.box.xOverlap(heading.box) <= 0 else { return false }
        return before.contains { $0.box.yOverlap(block.box) > 0 && $0.box.xOverlap(block.box) <= 0 }
    }

    /// Whether `block` goes on below the top of `heading` in the column of one of `column`'s
    /// blocks: it starts within that block's width, no more than an em left of it.
    static func runsOn(_ block: Block, below heading: Block, column: [Block]) -> Bool {
        guard !block.isFurniture, block.box.y0 >= heading.box.y0 else { return false }
        return column.contains { above in
            let em = max(above.lines.first?.box.height ?? 10, 1)
            return block.box.x0 >= above.box.x0 - em && block.box.x0 < above.box.x1
        }
    }

    /// Whether `block` is a table the heading's own section goes on in, its first cell naming
    /// that section (`配属先（つづき）` at the top of the next column, after `配属実績`): the
    /// rest of the section's table, wherever the columns stand.
    static func continues(_ block: Block, _ kind: SectionKind?) -> Bool {
        guard let kind, let first = block.table?.rows.first?.first else { return false }
        return SectionSegmenter.sectionOpening(first.text) == kind
    }

    /// Whether `block` stands over one of `column`'s blocks in its column: above it, overlapping it across.
    static func heads(_ block: Block, column: [Block]) -> Bool {
        !block.isFurniture && column.contains { block.box.y1 <= $0.box.y0 + 0.5 && block.box.xOverlap($0.box) > 0 }
    }
}
