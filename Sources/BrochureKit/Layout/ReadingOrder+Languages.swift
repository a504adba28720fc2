extension ReadingOrder {
    /// Whether a block is set in Latin letters only (`About us`, `Recruitment`): no Japanese.
    static func isLatin(_ block: Block) -> Bool {
        let scalars = block.lines.lazy.flatMap(\.text.unicodeScalars)
        // (Every block is asked: the ASCII letters are A–Z and a–z, no property table needed.)
        return scalars.contains { ("A"..."Z").contains($0) || ("a"..."z").contains($0) } && !scalars.contains { Script.isCJK($0) }
    }

    /// Whether, among the blocks starting under a gap, a heading stands level with a heading in
    /// the other language across the gutter (`採用実績 | Recruitment`): a bilingual page, each
    /// topic a row of the page, its Japanese column read and then its English one before the
    /// next topic. Read as two long columns instead, every English paragraph would follow the
    /// whole Japanese text.
    static func startsBilingualRow(_ starting: [Int], _ boxes: [Rect], headings: [Bool], latin: [Bool]) -> Bool {
        starting.contains { b in
            headings[b] && starting.contains { c in
                headings[c] && latin[c] != latin[b] && boxes[c].x0 >= boxes[b].x1
                    && abs(boxes[c].y0 - boxes[b].y0) <= 0.5 * min(boxes[b].height, boxes[c].height)
            }
        }
    }
}
