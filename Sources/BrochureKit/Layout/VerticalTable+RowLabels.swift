extension VerticalTable {
    /// A row label as read: a label line, or the part of one that stands beside its row.
    struct Label {
        var text: String
        var box: Rect
    }

    /// The labels of the rows a vertical word stands beside, when it is several labels set
    /// close (`事務` over `技術`, glyph after glyph, read as one line `事務技術`).
    ///
    /// The rows are where the cells beside it stand: pieces in one column closer than half an
    /// em are one cell (`98` over `（`), and cells level across columns one row. Each glyph goes
    /// to the row it stands beside, so every row must get some; nil unless the word stands
    /// beside two rows or more.
    static func split(_ word: TextLine, beside cells: [Rect], em: Double) -> [Label]? {
        let glyphs = Array(word.text.filter { !$0.isWhitespace })
        guard word.orientation == .vertical, glyphs.count >= 2 else { return nil }
        var stacks: [Rect] = []
        for box in cells.sorted(by: { $0.y0 < $1.y0 }) {
            if let s = stacks.lastIndex(where: { $0.xOverlap(box) > 0 }), box.y0 - stacks[s].y1 < 0.5 * em {
                stacks[s] = stacks[s].union(box)
            } else {
                stacks.append(box)
            }
        }
        var rows: [Double] = []
        for centre in stacks.map(\.midY).sorted() {
            if let last = rows.last, centre - last <= 0.5 * em { continue }
            rows.append(centre)
        }
        rows = rows.filter { (word.box.y0...word.box.y1).contains($0) }
        guard rows.count >= 2 else { return nil }
        // (Each glyph beside its row, within half the rows' pitch: a label spanning rows, a
        // group's `総合職` centred on two, is one label, not parted.)
        let pitch = zip(rows.dropFirst(), rows).map { $0 - $1 }.min()!
        let step = word.box.height / Double(glyphs.count)
        let rowOf = glyphs.indices.map { k in
            let centre = word.box.y0 + (Double(k) + 0.5) * step
            return rows.indices.min { abs(rows[$0] - centre) < abs(rows[$1] - centre) }!
        }
        guard Set(rowOf).count == rows.count,
            glyphs.indices.allSatisfy({ abs(rows[rowOf[$0]] - (word.box.y0 + (Double($0) + 0.5) * step)) < 0.45 * pitch })
        else { return nil }
        return rows.indices.map { r in
            let members = glyphs.indices.filter { rowOf[$0] == r }
            let box = Rect(
                x0: word.box.x0, y0: word.box.y0 + Double(members.first!) * step,
                x1: word.box.x1, y1: word.box.y0 + Double(members.last! + 1) * step)
            return Label(text: String(members.map { glyphs[$0] }), box: box)
        }
    }
}
