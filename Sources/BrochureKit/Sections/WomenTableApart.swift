/// The women in a table of their own, apart from the head counts' and maybe in the other
/// orientation: `採用者数（人）` with years down beside `うち女性（人）` with years across.
///
/// Each table reads as a record of its own, so the women's table passes for the same years'
/// head counts again and was dropped as giving no new year. Its caption (the line over it) or
/// its header names 女性, so its counts are the women of the head counts' table, year by year
/// and track by track — looked up by fiscal year, since the two tables need not list the years
/// in the same order, and the planned year usually has no women at all. The women never
/// outnumber the people, and the head counts' table must not say its women already.
enum WomenTableApart {
    /// The table at `index` of `blocks` is captioned as the women's: the nearest block before it
    /// on its page, when not a table, is a short line naming 女性 (`うち女性（人）`, `女性職員数`);
    /// or a cell of its header row does.
    static func namesWomen(_ blocks: [(page: Int, block: Block)], at index: Int) -> Bool {
        let (page, block) = blocks[index]
        if let header = block.table?.rows.first, header.contains(where: { Normalized.compact($0.text).hasPrefix("うち女性") }) { return true }
        guard let before = blocks[..<index].last(where: { $0.page == page }), before.block.table == nil,
            case let text = Normalized.compact(before.block.lines.map(\.text).joined()), text.count <= 12
        else { return false }
        return text.hasPrefix("うち女性") || text.hasPrefix("女性")
    }

    /// The table at `index` of `blocks` has a short line naming 女性 just above it, by
    /// geometry: under a chart, the reading order may set the chart's labels between the
    /// caption and its table.
    static func captionedAbove(_ blocks: [(page: Int, block: Block)], at index: Int) -> Bool {
        let (page, block) = blocks[index]
        guard let table = block.table else { return false }
        let em = table.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        return blocks.contains { other in
            guard other.page == page, other.block.table == nil, other.block.lines.count == 1, case let line = other.block.lines[0],
                line.box.y1 <= table.box.y0 + em / 4, line.box.y1 >= table.box.y0 - 2 * em,
                line.box.x0 < table.box.x1, line.box.x1 > table.box.x0,
                case let text = Normalized.compact(line.text), text.count <= 12
            else { return false }
            return text.hasPrefix("うち女性") || text.hasPrefix("女性")
        }
    }

    /// `counts` with each year's women taken from the head counts `women` gives for that year
    /// and track; nil unless every year of `women` is an actual year of `counts`, two or more
    /// years match and no track has more women than people.
    static func merge(_ counts: HiringRecord, women: HiringRecord) -> HiringRecord? {
        guard women.rows.count >= 2 else { return nil }
        var record = counts
        let tracks: [KeyPath<HiringRecord.Row, CountWithWomen?>] = [\.total, \.administrative, \.technical]
        for row in women.rows {
            // The planned year's column of dashes (`－`): its women are not known yet.
            if row.planned, tracks.allSatisfy({ (row[keyPath: $0]?.count ?? 0) == 0 }) { continue }
            guard let i = record.rows.firstIndex(where: { $0.fiscalYear == row.fiscalYear && !$0.planned }) else { return nil }
            var matched = 0
            for track: WritableKeyPath<HiringRecord.Row, CountWithWomen?> in [\.total, \.administrative, \.technical] {
                guard let heads = record.rows[i][keyPath: track], let found = row[keyPath: track] else { continue }
                guard heads.women == nil, found.women == nil, found.count <= heads.count else { return nil }
                record.rows[i][keyPath: track]?.women = found.count
                matched += 1
            }
            guard matched > 0 else { return nil }
        }
        return record
    }
}
