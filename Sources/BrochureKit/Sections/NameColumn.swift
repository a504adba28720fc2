/// A column of names read before the column of their texts beside it: `◇産前・産後休暇`,
/// `◇育児休業`, … then one text each. The names are paired with the texts in order, as a
/// reader matches the rows across.
///
/// Only a run of two names or more followed by exactly as many texts, each a block of its
/// own, and then a name or the section's end: anything looser is left as it is. A table drawn
/// as a grid of such blocks heads its columns (`制度`, `内容`): those words are no names or
/// texts, and are dropped with the run. A name may carry a note in brackets on the line under
/// it (`育児休業` over `（子が3歳に達するまで）`): the note goes to the end of its text, so
/// the name stays the name. An item's number set apart before its name (`01`, `02` in large
/// outlined figures over cards read row by row) names nothing and is dropped with the run.
enum NameColumn {
    static func interleaved(_ blocks: [(page: Int, block: Block)]) -> [(page: Int, block: Block)] {
        // Each block classified once: a run is tried from every block, and the tests normalise
        // the text (3% of `extract` on a long document when asked again at every try).
        let roles = blocks.map { Role($0.block) }
        var result: [(page: Int, block: Block)] = []
        var i = 0
        while i < blocks.count {
            guard let (names, values, texts, end) = run(at: i, in: roles) else {
                result.append(blocks[i])
                i += 1
                continue
            }
            for (k, (n, t)) in zip(names, texts).enumerated() {
                var name = blocks[n].block
                var text = blocks[t].block
                if name.lines.count == 2 {
                    let note = name.lines.removeLast()
                    name.box = name.lines[0].box
                    text.lines.append(note)
                    text.box = text.box.union(note.box)
                }
                // The row's short value (`子が3歳に達するまで` under `期間`) joins its text, after
                // it as a note does: first, a short line would pass for the item's title. The
                // text's box stays its own column's, against which its first line is measured.
                if let value = values.isEmpty ? nil : blocks[values[k]].block {
                    text.lines += value.lines
                }
                result.append((blocks[n].page, name))
                result.append((blocks[t].page, text))
            }
            i = end
        }
        return result
    }

    /// What a block can be in a run: the three tests, asked once.
    private struct Role {
        var name: Bool
        var text: Bool
        var header: Bool
        /// An item's number or marker alone (`02`): skipped wherever it stands in the run.
        var marker: Bool

        init(_ block: Block) {
            let first = block.lines.first.map { Normalized.compact($0.text) } ?? ""
            header = NameColumn.isColumnHeader(block, first: first)
            marker = TitledParagraphs.isBareMarker(block, first: first)
            name = !marker && NameColumn.isName(block, first: first, header: header)
            text = NameColumn.isText(block, first: first)
        }
    }

    /// The names, short values and texts of a run starting at `start`, and where it ends;
    /// column headers and items' numbers before and between the names skipped. A header after the names ends their
    /// column: a middle column of short values (`期間`: `2日`, `子が3歳に達するまで`) may
    /// follow, as many as the names, before the texts.
    private static func run(at start: Int, in roles: [Role]) -> (names: [Int], values: [Int], texts: [Int], end: Int)? {
        var i = start
        var names: [Int] = []
        while i < roles.count, roles[i].name || roles[i].header || roles[i].marker {
            if roles[i].header && names.count >= 2 { break }
            if roles[i].name { names.append(i) }
            i += 1
        }
        while i < roles.count, roles[i].header { i += 1 }
        var values: [Int] = []
        if i < roles.count, !roles[i].text {
            while i < roles.count, values.count < names.count, !roles[i].text || roles[i].header {
                if !roles[i].header { values.append(i) }
                i += 1
            }
            guard values.count == names.count else { return nil }
        }
        var texts: [Int] = []
        while i < roles.count, texts.count < names.count, roles[i].text || roles[i].header {
            if roles[i].text { texts.append(i) }
            i += 1
        }
        let closed = i == roles.count || roles[i].name
        guard names.count >= 2, texts.count == names.count, closed else { return nil }
        return (names, values, texts, i)
    }

    /// A one-line block short enough to be a name, without a full stop; or such a line over a
    /// note wholly in brackets. (`first` is its first line, compacted; `header`, whether it is
    /// a column header.)
    private static func isName(_ block: Block, first: String, header: Bool) -> Bool {
        guard block.table == nil, !header, !block.lines.isEmpty, TitledParagraphs.titleLike(first) else { return false }
        return block.lines.count == 1 || block.lines.count == 2 && isBracketed(block.lines[1].text)
    }

    /// A block of text: a sentence, or longer than a name. Judged on the whole block: a first
    /// line wrapped before its full stop (`男女とも取得でき、…できま` / `す。`) is no name.
    private static func isText(_ block: Block, first: String) -> Bool {
        guard block.table == nil, !block.lines.isEmpty, block.kind != .heading else { return false }
        guard TitledParagraphs.titleLike(first) else { return true }
        return block.lines.count > 1 && !TitledParagraphs.titleLike(Normalized.compact(block.lines.map(\.text).joined()))
    }

    /// A one-line block that is a column's header word (`制度`, `内容`, `期間・内容`).
    ///
    /// Its words are read one at a time, and a word longer than any header word ends the
    /// reading: splitting every first line whole, a paragraph's too, cost 24 M instructions on
    /// a 200-page document.
    private static func isColumnHeader(_ block: Block, first: String) -> Bool {
        guard block.table == nil, block.lines.count == 1 else { return false }
        var words = 0
        var start = first.startIndex
        var length = 0
        for index in first.indices {
            guard first[index] == "・" || first[index] == "/" else {
                length += 1
                if length > longestColumnWord { return false }
                continue
            }
            if length > 0 {
                guard TableItems.columnWords.contains(String(first[start..<index])) else { return false }
                words += 1
            }
            start = first.index(after: index)
            length = 0
        }
        if length > 0 {
            guard TableItems.columnWords.contains(String(first[start...])) else { return false }
            words += 1
        }
        return words > 0
    }

    private static let longestColumnWord = TableItems.columnWords.map(\.count).max() ?? 0

    /// `（子が3歳に達するまで）`: a line wholly in one pair of brackets.
    static func isBracketed(_ text: String) -> Bool {
        let t = Normalized.compact(text)
        return t.count > 2 && t.first == "(" && t.last == ")" && !t.dropFirst().contains("(")
    }
}
