/// Definition lists: a column of short terms (`育児休業`, or badges centred on one axis, `Q1`,
/// `A`), each level with its definition in a column to its right (`子が3歳に達するまで` over a line of text).
extension ReadingOrder {
    /// Joins each term and the blocks of its definition into one unit, read term first.
    ///
    /// Breuel's rules read the whole column of terms before any definition: a block entirely
    /// left of another comes first. Three terms or more in a row, one under another at one
    /// left edge, each with a definition whose top is level with its own, at one left edge a
    /// few ems to the right, make the list; a definition runs down to the next term's top (the
    /// last one no further than the list's pitch). Other short lines at the terms' edge (an
    /// earlier section's item titles) are no terms of it.
    func joiningDefinitions(_ units: [[Int]], blocks: [Block]) -> [[Int]] {
        guard !vertical, units.count >= 6 else { return units }
        let single = units.indices.filter { units[$0].count == 1 && blocks[units[$0][0]].table == nil }
        // Definitions of two lines or three may be centred on their term (not a big figure of one).
        let multiLine = Set(single.filter { blocks[units[$0][0]].lines.count >= 2 })
        // A unit's last block: a term may be paired already with the side heading beside it.
        func box(_ u: Int) -> Rect { blocks[units[u].last!].box }
        let terms = units.indices.filter { u in
            let block = blocks[units[u].last!]
            guard units[u].count <= 2, block.table == nil else { return false }
            return block.lines.count == 1 && block.lines[0].orientation == .horizontal && CharacterBound.atMost(12, block.lines[0].text)
        }
        var joined: [Int: [Int]] = [:]
        var used: Set<Int> = []
        var seen: Set<Int> = []
        for first in terms where !seen.contains(first) {
            // One left edge, or one centre: terms set as badges (`Q1` over `A`) are centred.
            let column = terms.filter { abs(box($0).x0 - box(first).x0) <= 1 || abs(box($0).midX - box(first).midX) <= 1 }
                .sorted { box($0).y0 < box($1).y0 }
            seen.formUnion(column)
            // Runs of consecutive terms level with a first definition block at one edge.
            var run: [(term: Int, level: Int)] = []
            // A term with a text of its own under it, on its side (`●テレワーク` over its
            // sentence, `■育児休業` over its own beside it), titles a card of a column: the
            // block level with it across the gutter is the next column's card, no definition.
            // (Its text is words, left of the block beside: a note's wrapped line running on
            // under its number into the definitions' column is the definition's, and the next
            // notes' numbers under it are more terms.)
            func titlesOwnText(_ term: Int, beside level: Int) -> Bool {
                let head = box(term)
                let em = max(head.height, 1)
                return single.contains { u in
                    !terms.contains(u) && box(u).y0 >= head.y1 - 0.5 && box(u).y0 - head.y1 <= 1.5 * em
                        && abs(box(u).x0 - head.x0) <= 1.5 * em && box(u).xOverlap(head) > 0 && box(u).x1 < box(level).x0
                        && blocks[units[u][0]].lines.first?.text.contains(where: \.isLetter) == true
                }
            }
            for term in column + [-1] {
                if term >= 0, let level = level(of: term, column: column, single: single, multiLine: multiLine, box: box), !titlesOwnText(term, beside: level),
                    run.last.map({ abs(box($0.level).x0 - box(level).x0) <= 1 }) ?? true
                {
                    run.append((term, level))
                    continue
                }
                // Two terms make a list when each is a name defined by one line of words level with
                // it and nothing else (`JR常磐線` badges before their routes), not a chart's figures
                // and year labels side by side: two pairs of lines, read pair by pair.
                let found = run.count >= 2 ? definitions(run, single: single, box: box) : [:]
                if run.count >= 3 || run.count == 2 && run.allSatisfy({ isPhrasePair($0, found: found, units: units, blocks: blocks) }) {
                    // Every unit is read once: a list whose terms or definitions another list
                    // took already (a column of figures, terms of their own) is left alone.
                    let members = Array(found.keys) + found.values.joined()
                    if Set(members).count == members.count, used.isDisjoint(with: members) {
                        joined.merge(found) { a, _ in a }
                        used.formUnion(members)
                    }
                }
                run = []
                if term >= 0, let level = level(of: term, column: column, single: single, multiLine: multiLine, box: box), !titlesOwnText(term, beside: level) { run = [(term, level)] }
            }
        }
        guard !joined.isEmpty else { return units }
        let absorbed = Set(joined.values.joined())
        let result = units.indices.compactMap { u -> [Int]? in
            if absorbed.contains(u) { return nil }
            guard let definition = joined[u] else { return units[u] }
            return units[u] + definition.flatMap { units[$0] }
        }
        // (Never a block lost or read twice.)
        return result.joined().count == units.joined().count ? result : units
    }

    /// Whether a term of a two-term list names something (letters, not a figure) and its
    /// definition is one line of words, the only block at its level.
    private func isPhrasePair(_ pair: (term: Int, level: Int), found: [Int: [Int]], units: [[Int]], blocks: [Block]) -> Bool {
        let term = blocks[units[pair.term].last!].lines[0].text
        let definition = blocks[units[pair.level][0]]
        return found[pair.term] == [pair.level] && definition.lines.count == 1 && !CharacterBound.atMost(5, definition.lines[0].text)
            && term.contains(where: \.isLetter) && definition.lines[0].text.contains(where: \.isLetter)
    }

    /// The block starting level with `term` (or of two lines or three, centred on it), a few
    /// ems right of its column's widest term.
    private func level(of term: Int, column: [Int], single: [Int], multiLine: Set<Int>, box: (Int) -> Rect) -> Int? {
        let em = max(box(term).height, 1)
        let right = column.map { box($0).x1 }.max()!
        let top = box(term).y0
        // Level: tops aligned, or a definition of two lines centred on its one-line term.
        return single.first { u in
            !column.contains(u) && (abs(box(u).y0 - top) <= 0.3 * em || abs(box(u).midY - box(term).midY) <= 0.3 * em && multiLine.contains(u) && box(u).height <= 3 * em)
                && box(u).x0 >= right - 0.5 && box(u).x0 - right <= 6 * em
        }
    }

    /// Each term's definition: the blocks at its level block's edge, from its top to the next
    /// term's.
    private func definitions(_ run: [(term: Int, level: Int)], single: [Int], box: (Int) -> Rect) -> [Int: [Int]] {
        let pitch = zip(run, run.dropFirst()).map { box($1.term).y0 - box($0.term).y0 }.max() ?? 0
        var result: [Int: [Int]] = [:]
        for (k, (term, level)) in run.enumerated() {
            let em = max(box(term).height, 1)
            let top = min(box(term).y0, box(level).y0)
            let bottom = k + 1 < run.count ? min(box(run[k + 1].term).y0, box(run[k + 1].level).y0) - 0.3 * em : top + pitch
            result[term] = single.filter { u in abs(box(u).x0 - box(level).x0) <= 1 && box(u).y0 >= top - 0.3 * em && box(u).y0 < bottom }
                .sorted { box($0).y0 < box($1).y0 }
        }
        return result
    }
}
