/// Gives an exam list back the tail that reading order left in the section beside it: the
/// last list of a column (`■短大卒業程度` over `・土木（短大）　2名`) read after the column to its
/// right when that column's table ends level with it.
///
/// Columns cut into bands leave a column's foot, below the band its neighbour closes, for
/// after the neighbour: the tail joins the part read next (the assignments table beside the
/// exams). Such blocks sit in the exam part's column, straight under its last rows, apart from
/// every block of the part they were read into, and are exam list lines — levels, list items,
/// counts — with one count at least. They go back after the exam part's blocks; a part beside
/// that has nothing of its own left in another column keeps them.
enum ExamStrandedItems {
    /// `parts` with every stranded tail moved to the end of the exam part above it.
    static func gather(_ parts: inout [SectionSegmenter.Part]) {
        for e in parts.indices.dropLast() where parts[e].kind == .examBreakdown {
            guard let page = parts[e].blocks.last?.page else { continue }
            let own = parts[e].blocks.filter { $0.page == page }.map(\.block.box)
            guard let column = Rect.enclosing(own) else { continue }
            let next = parts[e + 1].blocks
            let onPage = next.indices.filter { next[$0].page == page }
            // The tail: blocks at the end of the next part's blocks on the page, in the exam
            // column and clear of the next part's own column.
            var tail: [Int] = []
            for i in onPage.reversed() {
                let box = next[i].block.box
                guard next[i].block.table == nil, box.x0 >= column.x0 - 1, box.x1 <= column.x1 + 1, box.y0 >= column.y1 - 1 else { break }
                tail.insert(i, at: 0)
            }
            let kept = onPage.filter { !tail.contains($0) }
            guard !tail.isEmpty, !kept.isEmpty,
                kept.allSatisfy({ k in min(next[k].block.box.x1, column.x1) <= max(next[k].block.box.x0, column.x0) }),
                follows(tail.map { next[$0].block }, under: column), isExamList(tail.map { next[$0].block })
            else { continue }
            parts[e].blocks += tail.map { next[$0] }
            parts[e + 1].blocks = next.indices.filter { !tail.contains($0) }.map { next[$0] }
        }
    }

    /// Whether `blocks`, top down, go on from `column`'s foot with no gap wider than two of
    /// their lines' heights.
    static func follows(_ blocks: [Block], under column: Rect) -> Bool {
        var bottom = column.y1
        for block in blocks.sorted(by: { $0.box.y0 < $1.box.y0 }) {
            let height = block.lines.map(\.box.height).max() ?? block.box.height
            guard block.box.y0 - bottom <= 2 * height else { return false }
            bottom = max(bottom, block.box.y1)
        }
        return true
    }

    /// Whether every line of `blocks` is an exam list's — a level (`■短大卒業程度`), a head or
    /// bulleted item (`・土木（短大）`), a count (`2名`) or a category with its count — and one
    /// at least counts.
    static func isExamList(_ blocks: [Block]) -> Bool {
        let lines = blocks.flatMap(\.lines).map { Normalized.compact($0.text) }
        let counts = lines.filter { ExamCellLines.isBareCount($0) || !ExamBreakdownParser.pairs(in: $0).isEmpty }
        return !counts.isEmpty && lines.allSatisfy { line in
            counts.contains(line) || ExamBreakdownParser.level(named: line) != nil || ExamTrackTabs.opensWithHeadMark(line) || line.first == "・"
        }
    }
}
