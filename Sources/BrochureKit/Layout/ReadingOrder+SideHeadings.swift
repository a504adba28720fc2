/// Headings set upright at the left of their sections (`働きやすい職場` down a band, beside
/// `■フレックスタイム制` and the items under it).
extension ReadingOrder {
    /// For an upright side heading paired with the block level with its top, the box the pair
    /// is read by among the blocks of its band: as wide as the two, as high as the partner; nil
    /// for any other unit.
    ///
    /// An upright heading runs down beside its whole section, so the pair's enclosing box
    /// reaches the heading's foot, and its middle falls below the section's second and third
    /// lines: Breuel's rule (the higher middle first) then read them before their heading. The
    /// heading heads from its top, so the pair is read where its first block is. (Bands are
    /// still cut by the whole pair: the heading's foot keeps its section's table in its band.)
    static func uprightHeadingTop(of unit: [Int], blocks: [Block]) -> Rect? {
        guard unit.count == 2, case let head = blocks[unit[0]], head.kind == .heading,
            head.lines.contains(where: { $0.orientation == .vertical }), case let partner = blocks[unit[1]].box
        else { return nil }
        return Rect(x0: head.box.x0, y0: min(head.box.y0, partner.y0), x1: partner.x1, y1: partner.y1)
    }

    /// Whether `block`'s first line names a section other than the one `heading` names: the
    /// next column's heading (`配属実績` right of a vertical `採用実績`), no subheading of it.
    static func namesOtherSection(_ block: Block, than heading: Block) -> Bool {
        guard let own = heading.lines.first.flatMap({ SectionKind.opened(by: $0.text) }),
            let other = block.lines.first.flatMap({ SectionKind.opened(by: $0.text) })
        else { return false }
        return own != other
    }
}
