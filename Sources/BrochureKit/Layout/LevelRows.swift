/// Rows of a name and its sentence set side by side without a table's rules: a list of short
/// names behind one mark (`●審理のチーム制` over `●早出遅出勤務`) beside a block of as many
/// sentences, each level with its name.
enum LevelRows {
    /// Splits such pairs of blocks into one block per line, so each name is read with its
    /// sentence (`ReadingOrder.joiningDefinitions`), not the column of names first.
    ///
    /// The block builder stacks the names into one block and the sentences into another, and a
    /// block entirely left of another is read first. Two blocks make rows when they hold as many
    /// lines, three or more, line by line level with each other, the names behind one mark and
    /// no longer than twelve characters, the sentences at least six, the gap between them a few
    /// ems: two paragraphs of a page's columns have long lines on both sides, and a name over
    /// two lines (`子の看護` / `休暇`) beside a period over two is no list.
    static func split(_ blocks: [Block]) -> [Block] {
        let candidates = blocks.indices.filter { isStack(blocks[$0]) }
        guard candidates.count >= 2 else { return blocks }
        var pairs: [Int: Int] = [:]
        var used = Set<Int>()
        for left in candidates where !used.contains(left) {
            let names = blocks[left]
            guard names.lines.count >= 3, names.lines.allSatisfy({ CharacterBound.atMost(12, $0.text) }), let mark = names.lines[0].text.first,
                !mark.isLetter && !mark.isNumber, names.lines.allSatisfy({ $0.text.first == mark })
            else { continue }
            let right = candidates.first { r in
                r != left && !used.contains(r) && areRows(names, blocks[r])
            }
            guard let right else { continue }
            pairs[left] = right
            used.formUnion([left, right])
        }
        guard !used.isEmpty else { return blocks }
        return blocks.indices.flatMap { i -> [Block] in
            guard used.contains(i) else { return [blocks[i]] }
            let kind: Block.Kind = pairs[i] != nil ? blocks[i].kind : .paragraph
            return blocks[i].lines.map { Block(kind: kind, box: $0.box, lines: [$0]) }
        }
    }

    /// A block of two lines or more, all horizontal, no table.
    private static func isStack(_ block: Block) -> Bool {
        block.table == nil && block.lines.count >= 2 && block.lines.allSatisfy { $0.orientation == .horizontal }
    }

    /// Whether `sentences` stands a few ems right of `names` with a line level with each name.
    private static func areRows(_ names: Block, _ sentences: Block) -> Bool {
        guard names.lines.count == sentences.lines.count else { return false }
        let em = max(names.lines[0].box.height, 1)
        let gap = sentences.box.x0 - names.box.x1
        guard gap >= 0.5 * em, gap <= 6 * em else { return false }
        return zip(names.lines, sentences.lines).allSatisfy { name, sentence in
            abs(name.box.y0 - sentence.box.y0) <= 0.3 * em && !CharacterBound.atMost(5, sentence.text)
        }
    }
}
