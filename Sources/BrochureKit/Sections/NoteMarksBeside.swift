/// Footnotes set as a column of marks (`※1` / `※2` / `※3`) beside a column of their texts,
/// which layout reads as two blocks: the marks in one, the texts in another.
///
/// A note's text without its mark no longer reads as a note (`令和8年度は採用予定数です。`),
/// so a table row marked `令和8年度※1` would not be planned. Each mark is joined again to
/// the text lines on its baseline and below it, up to the next mark's.
enum NoteMarksBeside {
    /// The notes of `blocks` (one page's, non-table), each block's lines joined as one text; a
    /// block of marks only is joined to the block right of it whose lines share the marks'
    /// baselines, giving one text per mark (`※1令和8年度は…`), and that block is not given again.
    static func notes(_ blocks: [Block]) -> [String] {
        var used = Set<Int>()
        var out: [String] = []
        for (i, block) in blocks.enumerated() where !used.contains(i) {
            guard block.lines.count >= 1, block.lines.allSatisfy({ isMark($0.text) }),
                let j = blocks.indices.first(where: { j in j != i && !used.contains(j) && beside(block, blocks[j]) })
            else {
                out.append(block.lines.map(\.text).joined())
                continue
            }
            used.insert(j)
            let marks = block.lines.sorted { $0.box.y0 < $1.box.y0 }
            for (k, mark) in marks.enumerated() {
                let next = k + 1 < marks.count ? marks[k + 1].box.midY : .infinity
                // A text line goes with the mark on its baseline or the nearest one above it.
                let text = blocks[j].lines.filter { $0.box.midY >= mark.box.y0 && $0.box.midY < next - mark.box.height / 2 }
                out.append(mark.text + text.map(\.text).joined())
            }
        }
        return out
    }

    /// A note mark alone (`※`, `※1`, `*2`, `※１`).
    static func isMark(_ raw: String) -> Bool {
        let text = Normalized.compact(raw)
        guard let first = text.first, YearLabel.noteMarks.contains(first) || first == "＊" else { return false }
        let rest = text.dropFirst()
        return rest.count <= 2 && rest.allSatisfy(\.isNumber)
    }

    /// Whether `texts` starts right of `marks` and its first line shares the first mark's baseline.
    static func beside(_ marks: Block, _ texts: Block) -> Bool {
        guard let mark = marks.lines.min(by: { $0.box.y0 < $1.box.y0 }),
            let line = texts.lines.min(by: { $0.box.y0 < $1.box.y0 })
        else { return false }
        return texts.box.x0 >= marks.box.x1 - 1 && texts.box.x0 - marks.box.x1 < 4 * mark.box.height
            && mark.box.yOverlap(line.box) > 0.5 * min(mark.box.height, line.box.height)
    }
}
