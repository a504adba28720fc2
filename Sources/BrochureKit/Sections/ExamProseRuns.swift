/// The running text of an exam section's prose, a paragraph the layout cut into several blocks
/// joined again, for `ExamSentence` to read whole.
///
/// A paragraph whose first line opens with a bracketed track (`【事務系】令和8年度は、大卒程度
/// 試験から法律2名・経` over `済1名、院卒程度試験から…`) is set apart as a heading line, the rest as
/// a paragraph: read block by block, the second half has neither its track nor its level, and
/// the item broken between the two (`経` / `済1名`) is lost. A block continues the one before it
/// when that one does not end a sentence (`。`), it starts at the same left edge on the same
/// page, and it follows within a line's height.
enum ExamProseRuns {
    struct Run {
        /// The blocks joined, by their order in the section.
        var blocks: [Int]
        var page: Int
        var box: Rect
        /// The lines' text as printed, joined.
        var text: String
    }

    /// The runs of the non-table blocks of `blocks` (the section's, in order, with their pages).
    static func runs(of blocks: [(page: Int, block: Block)]) -> [Run] {
        var runs: [Run] = []
        var last: (index: Int, page: Int, block: Block)? = nil
        for (index, (page, block)) in blocks.enumerated() {
            defer { last = block.table == nil ? (index, page, block) : nil }
            guard block.table == nil, !block.lines.isEmpty else { continue }
            let text = block.lines.map(\.text).joined()
            if let previous = last, previous.index == index - 1, continues(block, after: previous.block, samePage: previous.page == page),
                var run = runs.popLast()
            {
                run.blocks.append(index)
                run.box = run.box.union(block.box)
                run.text += text
                runs.append(run)
            } else {
                runs.append(Run(blocks: [index], page: page, box: block.box, text: text))
            }
        }
        return runs
    }

    /// The items of the runs' sentences (`ExamSentence`) where a run gives more than the list
    /// reading found in its blocks: none, or a fragment it misread (`済1名` from a line starting
    /// inside `経済1名`), whose entries are then dropped from `listed`. Blocks in `used` were
    /// read by a grid.
    static func sentenceEntries(of blocks: [(page: Int, block: Block)], skipping used: Set<Int>,
                                listed: inout [(block: Int, entry: ExamBreakdown.Entry)]) -> [ExamBreakdown.Entry] {
        var entries: [ExamBreakdown.Entry] = []
        for run in runs(of: blocks) where !run.blocks.contains(where: used.contains) {
            let items = ExamSentence.items(in: Normalized.compact(run.text))
            guard items.count > listed.filter({ run.blocks.contains($0.block) }).count else { continue }
            listed.removeAll { run.blocks.contains($0.block) }
            entries += items.map {
                ExamBreakdown.Entry(track: $0.track, level: $0.level, category: $0.category, count: $0.count,
                                    provenance: Provenance(page: run.page, box: run.box, text: run.text))
            }
        }
        return entries
    }

    /// Whether `block` carries on the sentence `previous` leaves open.
    static func continues(_ block: Block, after previous: Block, samePage: Bool) -> Bool {
        guard samePage, let end = previous.lines.last, let start = block.lines.first,
            let closing = end.text.trimmingWhitespace().last, closing != "。"
        else { return false }
        let height = max(min(end.box.height, start.box.height), 1)
        let gap = start.box.y0 - end.box.y1
        return abs(start.box.x0 - previous.box.x0) <= height && gap >= -0.5 * height && gap <= height
    }
}
