/// An exam table whose header cells the layout set apart as lines of their own above it
/// (`系統 | 試験区分 | 採用予定数` over a band `【大卒程度】`, then the rows): the header given back
/// to the table, and to each table under it that a band row split off (`【高卒程度】`, more rows).
///
/// The readers of exam tables find the count column and the categories by the header; without
/// it a row `事務系 | 行政 | 1` is three words. A header is a run of single lines on one
/// baseline above the table, no figure among them, one over each of its columns, one of them
/// a count's (`…数`), none a level or a year.
enum ExamHeaderAbove {
    /// `blocks` with each headerless table given the nearest such header above it on its page,
    /// and the header's lines left out.
    static func joined(_ blocks: [(page: Int, block: Block)]) -> [(page: Int, block: Block)] {
        var blocks = blocks
        var used = Set<Int>()
        for i in blocks.indices {
            guard var table = blocks[i].block.table, table.headerRowCount == 0, let header = header(above: i, in: blocks, columns: table.columns)
            else { continue }
            let cells = header.map { blocks[$0].block }.map { Table.Cell(text: $0.lines[0].text, box: $0.box) }
            table.rows.insert(cells, at: 0)
            table.headerRowCount = 1
            blocks[i].block.table = table
            used.formUnion(header)
        }
        return blocks.indices.filter { !used.contains($0) }.map { blocks[$0] }
    }

    /// The indices of the header lines above block `index`, left to right, or nil.
    static func header(above index: Int, in blocks: [(page: Int, block: Block)], columns: [ClosedRange<Double>]) -> [Int]? {
        guard columns.count >= 2 else { return nil }
        let page = blocks[index].page
        let lines = blocks.indices.filter { j in
            j < index && blocks[j].page == page && blocks[j].block.table == nil && blocks[j].block.lines.count == 1
                && blocks[j].block.box.y1 <= blocks[index].block.box.y0 && !TableDetector.isNumeric(blocks[j].block.lines[0].text)
        }
        // The nearest run on one baseline, as many as the columns, one over each.
        for j in lines.reversed() {
            let row = lines.filter { abs(blocks[$0].block.box.y0 - blocks[j].block.box.y0) <= 1 }.sorted { blocks[$0].block.box.x0 < blocks[$1].block.box.x0 }
            // (A header that names the table's kinds of column, a count's among them: levels or
            // years over the columns, `上級（大学卒業程度）`, `令和8年度`, make a grid `ExamColumnHeads` reads.)
            guard row.count == columns.count else { continue }
            let texts = row.map { Normalized.compact(blocks[$0].block.lines[0].text) }
            guard texts.contains(where: ExamCountColumnFirst.saysCount),
                texts.allSatisfy({ ExamBreakdownParser.level(named: $0) == nil && YearLabel($0) == nil })
            else { return nil }
            let over = zip(row, columns).allSatisfy { j, column in
                let box = blocks[j].block.box
                return box.x1 >= column.lowerBound - 2 && box.x0 <= column.upperBound + 2
            }
            return over ? row : nil
        }
        return nil
    }
}
