extension PageLayout {
    /// The page as `brochure text` keeps it until running furniture is marked: a block that
    /// could be furniture (`RunningFurniture.mayMark`) whole, every other block as the text it
    /// prints, in one line of its box.
    ///
    /// A document's pages are all kept until furniture is found by comparing them. Whole, a
    /// page holds about 15 KB (lines with their boxes, fonts and colours, table cells with
    /// theirs); its printed text is a sixth of that, so `text` no longer grows by a whole page
    /// per page (BENCHMARKS.md, seventeenth session). A block kept as text prints as it did:
    /// the text without its last newline, which `TextRenderer` adds back.
    func keptForText() -> PageLayout {
        var page = self
        page.blocks = blocks.map { block in
            guard !block.isFurniture, !RunningFurniture.mayMark(block, self) else { return block }
            var printed = ""
            TextRenderer.render(block, into: &printed)
            // (The last byte, not the last character: a line ending in `\r` makes one with the newline.)
            let text = String(decoding: printed.utf8.dropLast(), as: UTF8.self)
            let lines = printed.isEmpty ? [] : [TextLine(text: text, box: block.box, fontSize: 0, isBold: false, orientation: .horizontal)]
            return Block(kind: block.kind, box: block.box, lines: lines)
        }
        return page
    }
}
