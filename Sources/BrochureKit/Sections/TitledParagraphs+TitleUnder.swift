/// Cards whose title is set under their text (`毎週水曜日は` / `定時退庁を` / `呼びかけています。`,
/// then `ノー残業デー` in larger type), as a caption names a picture.
extension TitledParagraphs {
    /// The items of a section made only of such cards, each text block with the one-line title
    /// straight under it (from its left edge, within two of its lines, in larger type); nil
    /// when any block is not part of such a pair, or there are fewer than two.
    ///
    /// Read title first, each card's first short line became its title and the card's own
    /// title went with the next card or was lost.
    static func titlesUnder(_ part: SectionSegmenter.Part) -> [Item]? {
        let blocks = part.blocks
        guard blocks.count >= 4, blocks.count % 2 == 0, blocks.allSatisfy({ $0.block.table == nil }) else { return nil }
        var items: [Item] = []
        for k in stride(from: 0, to: blocks.count, by: 2) {
            let (page, text) = blocks[k]
            let (titlePage, title) = blocks[k + 1]
            guard page == titlePage, title.lines.count == 1, let line = title.lines.first, let body = text.lines.last,
                line.fontSize >= 1.1 * body.fontSize, abs(title.box.x0 - text.box.x0) <= body.box.height,
                title.box.y0 >= text.box.y1 - 0.5, title.box.y0 - text.box.y1 <= 2 * body.box.height,
                titleLike(Normalized.compact(line.text))
            else { return nil }
            let name = Normalized.compact(cleanTitle(Normalized.text(line.text)))
            items.append(Item(title: name, text: Normalized.compact(text.lines.map(\.text).joined()), page: page, box: text.box.union(title.box)))
        }
        return items
    }
}
