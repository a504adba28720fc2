/// A column of names read before the column of their texts beside it: `◇産前・産後休暇`,
/// `◇育児休業`, … then one text each. The names are paired with the texts in order, as a
/// reader matches the rows across.
///
/// Only a run of two names or more followed by exactly as many texts, each a block of its
/// own, and then a name or the section's end: anything looser is left as it is.
enum NameColumn {
    static func interleaved(_ blocks: [(page: Int, block: Block)]) -> [(page: Int, block: Block)] {
        var result: [(page: Int, block: Block)] = []
        var i = 0
        while i < blocks.count {
            var names = i
            while names < blocks.count, isName(blocks[names].block) { names += 1 }
            let count = names - i
            var texts = names
            while texts < blocks.count, texts - names < count, isText(blocks[texts].block) { texts += 1 }
            let closed = texts == blocks.count || isName(blocks[texts].block)
            if count >= 2, texts - names == count, closed {
                for k in 0..<count {
                    result.append(blocks[i + k])
                    result.append(blocks[names + k])
                }
                i = texts
            } else {
                result.append(blocks[i])
                i += 1
            }
        }
        return result
    }

    /// A one-line block short enough to be a name, without a full stop.
    static func isName(_ block: Block) -> Bool {
        block.table == nil && block.lines.count == 1 && TitledParagraphs.titleLike(Normalized.compact(block.lines[0].text))
    }

    /// A block of text: a sentence, or longer than a name.
    static func isText(_ block: Block) -> Bool {
        guard block.table == nil, let first = block.lines.first else { return false }
        return block.kind != .heading && !TitledParagraphs.titleLike(Normalized.compact(first.text))
    }
}
