/// Splits a list of support systems set as two columns side by side, the names in one block
/// and their periods in another (`育児休業 ⋯ 子が3歳に達するまで`, a leader rule between), into
/// one name and one period per row.
///
/// Each column is grouped as a block of its own, so the names make one block of short lines:
/// read as an item, the first name would take the others as its text. The rows are matched
/// across by baseline, as a reader follows the leader rule: each name becomes an item of its
/// own, its period beside it the item's text.
enum PeriodColumn {
    /// `blocks` with every names block that has its periods block straight after it, right of
    /// it and level with it line for line, split into one block per name and one per period,
    /// row by row; the same blocks otherwise.
    static func split(_ blocks: [(page: Int, block: Block)]) -> [(page: Int, block: Block)] {
        var result: [(page: Int, block: Block)] = []
        var i = 0
        while i < blocks.count {
            if i + 1 < blocks.count, blocks[i].page == blocks[i + 1].page, pairs(names: blocks[i].block, periods: blocks[i + 1].block) {
                for (name, period) in zip(blocks[i].block.lines, blocks[i + 1].block.lines) {
                    result.append((blocks[i].page, Block(kind: .paragraph, box: name.box, lines: [name])))
                    result.append((blocks[i].page, Block(kind: .paragraph, box: period.box, lines: [period])))
                }
                i += 2
                continue
            }
            result.append(blocks[i])
            i += 1
        }
        return result
    }

    /// Whether `names`, two lines or more each a name (short, no full stop, no period), has
    /// `periods` beside it on its right: as many lines, each level with its name and a period
    /// of leave (`年5日`, `小学校3年生修了まで`).
    static func pairs(names: Block, periods: Block) -> Bool {
        guard names.table == nil, periods.table == nil, names.lines.count >= 2, names.lines.count == periods.lines.count,
            periods.box.x0 >= names.box.x1
        else { return false }
        return zip(names.lines, periods.lines).allSatisfy { name, period in
            let nameText = Normalized.compact(name.text)
            let periodText = Normalized.compact(period.text)
            return abs(name.box.y0 - period.box.y0) <= 0.3 * max(name.box.height, 1) && TitledParagraphs.titleLike(nameText)
                && !SupportSystem.isPeriod(nameText) && SupportSystem.isPeriod(periodText)
        }
    }
}
