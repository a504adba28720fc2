/// Badges: a small word centred over (or under) a big figure on a tile (`最大` over `3年`,
/// `年` over `20日`) beside a card, the two set in sizes too far apart to be one block.
extension ReadingOrder {
    /// Joins each badge's word and figure into one unit, read top to bottom.
    ///
    /// Apart, the word and the figure are two blocks level with the card's name and its first
    /// line: read top-most first, the card's name falls between them (`最大`, `育児休業`, `3年`),
    /// and the big figure passes for a side heading of the card's text; as a column, the tiles
    /// would be read before every card. Together they are a tile read before the card beside
    /// it, and the card with it.
    /// `pairs`: the page's badges, `badges(_:)`, found once for the side headings too.
    func joiningBadges(_ units: [[Int]], badges pairs: [Int: Int], blocks: [Block]) -> [[Int]] {
        guard !vertical, !pairs.isEmpty else { return units }
        let unitOf = Dictionary(uniqueKeysWithValues: units.indices.filter { units[$0].count == 1 }.map { (units[$0][0], $0) })
        var below: [Int: Int] = [:]
        for (top, bottom) in pairs {
            guard let t = unitOf[top], let b = unitOf[bottom] else { continue }
            below[t] = b
        }
        // The card beside each badge: the units starting right of it within two of its figure's
        // ems, their tops from an em above the badge's down to its foot.
        var card: [Int: [Int]] = [:]
        var absorbed = Set(below.values)
        for (t, b) in below {
            let badge = blocks[units[t][0]].box.union(blocks[units[b][0]].box)
            let em = max(blocks[units[t][0]].lines[0].em, blocks[units[b][0]].lines[0].em)
            let beside = units.indices.filter { u in
                guard below[u] == nil, !absorbed.contains(u) else { return false }
                let box = Rect.enclosing(units[u].map { blocks[$0].box })!
                return box.x0 >= badge.x1 - 0.5 && box.x0 - badge.x1 <= 2 * em && box.y0 >= badge.y0 - em && box.y0 <= badge.y1
            }
            card[t] = beside.sorted { blocks[units[$0][0]].box.y0 < blocks[units[$1][0]].box.y0 }
            absorbed.formUnion(beside)
        }
        return units.indices.compactMap { u -> [Int]? in
            if absorbed.contains(u) { return nil }
            return units[u] + (below[u].map { units[$0] } ?? []) + (card[u] ?? []).flatMap { units[$0] }
        }
    }

    /// The badges of a page, upper block to lower: two one-line blocks of four characters or
    /// fewer, centred on each other, less than an em apart, one set at least a third larger than
    /// the other, one holding a digit.
    static func badges(_ blocks: [Block]) -> [Int: Int] {
        func line(_ i: Int) -> TextLine? {
            let block = blocks[i]
            guard block.table == nil, block.lines.count == 1, block.lines[0].orientation == .horizontal,
                CharacterBound.atMost(4, block.lines[0].text)
            else { return nil }
            return block.lines[0]
        }
        let short = blocks.indices.filter { line($0) != nil }.sorted { line($0)!.box.y0 < line($1)!.box.y0 }
        guard short.count >= 2 else { return [:] }
        var below: [Int: Int] = [:]
        var taken: Set<Int> = []
        for top in short where !taken.contains(top) {
            let upper = line(top)!
            let mate = short.first { u in
                guard u != top, !taken.contains(u) else { return false }
                let lower = line(u)!
                let (small, big) = upper.em < lower.em ? (upper, lower) : (lower, upper)
                return lower.box.y0 >= upper.box.y1 - 0.2 * small.em && lower.box.y0 - upper.box.y1 <= small.em
                    && abs(lower.box.midX - upper.box.midX) <= 0.25 * max(lower.box.width, upper.box.width)
                    && big.em >= 1.3 * small.em
                    && (upper.text + lower.text).unicodeScalars.contains(where: TableDetector.isDigit)
            }
            guard let mate else { continue }
            below[top] = mate
            taken.formUnion([top, mate])
        }
        return below
    }
}
