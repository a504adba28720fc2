extension LeaderRows {
    /// The blocks with each name joined to the value on its baseline when the two stand on the
    /// grid of a two-column list table next to them, as one of its rows would.
    ///
    /// A list cut into groups by subheadings (`■社会人経験者` over one row, `・行政（社会人） ⋯ 5名`,
    /// between two groups of several) sets its lone rows exactly as the rows of the groups
    /// around it, whose two or more rows make tables; alone, a lone row's name and value are two
    /// blocks, and `joining` takes a pair only with text running into the leader's gap under
    /// it. The grid is the proof instead: the name starts at the table's first column's left
    /// edge and the value ends at its last column's right edge, within half an em, the name
    /// opens with the mark every name of the table opens with (`・`), the table of two columns
    /// within four ems above or below, with nothing between name and value.
    static func joiningOnGrid(_ blocks: [Block]) -> [Block] {
        merging(blocks, rows: gridPairs(blocks), join: joinedOnLine)
    }

    /// Name → value block indices of the rows set on a list table's grid.
    static func gridPairs(_ blocks: [Block]) -> [Int: Int] {
        let grids = blocks.compactMap { block -> (box: Rect, left: Double, right: Double, marker: Character)? in
            guard let table = block.table, table.columns.count == 2, table.rows.count >= 2, let marker = listMarker(table) else { return nil }
            return (table.box, table.columns[0].lowerBound, table.columns[1].upperBound, marker)
        }
        guard !grids.isEmpty else { return [:] }
        var rows: [Int: Int] = [:]
        var taken: Set<Int> = []
        for n in blocks.indices where isOneLine(blocks[n]) && blocks[n].kind != .heading {
            let name = blocks[n].box
            let em = max(name.height, 1)
            let beside = blocks.indices.filter { v in
                v != n && isOneLine(blocks[v]) && blocks[v].box.x0 >= name.x1 + em && abs(blocks[v].box.midY - name.midY) <= 0.3 * em
            }
            guard let v = beside.min(by: { blocks[$0].box.x0 < blocks[$1].box.x0 }), !taken.contains(v) else { continue }
            let value = blocks[v].box
            let gap = Rect(x0: name.x1, y0: name.y0, x1: value.x0, y1: name.y1)
            guard !blocks.indices.contains(where: { $0 != n && $0 != v && blocks[$0].box.xOverlap(gap) > 0 && blocks[$0].box.yOverlap(gap) > 0 })
            else { continue }
            let onGrid = grids.contains { grid in
                blocks[n].lines[0].text.first == grid.marker && abs(grid.left - name.x0) <= 0.5 * em && abs(grid.right - value.x1) <= 0.5 * em
                    && max(grid.box.y0 - name.y1, name.y0 - grid.box.y1) <= 4 * em
            }
            guard onGrid else { continue }
            rows[n] = v
            taken.insert(v)
        }
        return rows
    }

    /// The mark every name of a list table opens with (`・` before `行政`, `学校事務`, …): a
    /// lone row of the same list opens with it too. Nil when the names open alike with no mark.
    static func listMarker(_ table: Table) -> Character? {
        let firsts = table.rows.compactMap { $0.first?.text.first }
        guard firsts.count == table.rows.count, let mark = firsts.first, firsts.allSatisfy({ $0 == mark }),
            !mark.isLetter, !mark.isNumber, !mark.isWhitespace
        else { return nil }
        return mark
    }
}
