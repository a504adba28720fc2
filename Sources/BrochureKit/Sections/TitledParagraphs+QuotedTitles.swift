/// Marked sentences naming their item in 『』 inside the text (`○始業・終業の時刻を職員が選べる
/// 『フレックスタイム制』を導入しています。`), or in 「」 opening it (`◆「ガス安全出前講座」小学校などで、…`),
/// with no title line of their own.
extension TitledParagraphs {
    /// What goes on after a phrase quoted as said (`「ありがとう」と言われる`, `「地域のために」という`,
    /// `「挑戦」って`), or a comma: a name goes on with any other particle (`「メンター制度」は…`).
    static let quoteParticles: Set<Character> = ["と", "っ", "、", ","]

    /// The items of a section made of such sentences: each marked line opens one, the
    /// unmarked lines after it go on with it, and the one term it quotes in 『』 (or opens with in 「」) is its title.
    /// Nil when fewer than two sentences are marked, or any of them does not end in `。`, quotes
    /// no term or several, or a term is too long for a name: then the section is read by its title lines. Lines
    /// before the first marked one (the section's lead) are no item's.
    ///
    /// Read by title lines, each sentence was too long to be a title and the section gave
    /// nothing.
    static func quotedTitles(_ part: SectionSegmenter.Part) -> [Item]? {
        guard part.blocks.allSatisfy({ $0.block.table == nil }) else { return nil }
        var items: [Item] = []
        for (page, block) in part.blocks {
            for line in block.lines {
                let text = Normalized.compact(line.text)
                if startsWithMarker(text) {
                    items.append(Item(title: "", text: String(text.unicodeScalars.dropFirst()), page: page, box: line.box))
                } else if !items.isEmpty {
                    items[items.count - 1].text += text
                    items[items.count - 1].box = items[items.count - 1].box.union(line.box)
                }
            }
        }
        guard items.count >= 2 else { return nil }
        for i in items.indices {
            let text = items[i].text
            // A name quoted in 「」 opening the sentence, the text run on after it on the line
            // (`◆「若手技術者育成プログラム」入局後3年間、…`): the name, and the rest its text. (Inside
            // a sentence 「」 quote a phrase as often as a name: only 『』 name an item there.)
            // (Not a phrase quoted as said, `「ありがとう」と言われる仕事です。`, `「地域のために」という
            // 思いで…`, nor a sentence quoted whole, `「挑戦を。」`: `quoteParticles`.)
            if text.hasSuffix("。"), text.first == "「", let close = text.firstIndex(of: "」"),
                case let term = text[text.index(after: text.startIndex)..<close], (2...20).contains(term.count),
                !term.contains(where: { "。！？!?".contains($0) }),
                case let rest = text[text.index(after: close)...], rest.count >= 2,
                let next = rest.first, !Self.quoteParticles.contains(next)
            {
                items[i].title = String(term)
                items[i].text = String(rest)
                continue
            }
            guard text.hasSuffix("。"), let open = text.firstIndex(of: "『"), let close = text[open...].firstIndex(of: "』"),
                text[text.index(after: close)...].firstIndex(of: "『") == nil,
                case let term = text[text.index(after: open)..<close], (2...20).contains(term.count)
            else { return nil }
            items[i].title = String(term)
        }
        return items
    }
}
