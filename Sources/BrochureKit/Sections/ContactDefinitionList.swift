/// Regroups contacts set as a two-column definition list (`担当 | 電話／メール` over
/// `総務部 人事課（採用試験・選考について）……… TEL …` / `E-mail …`) into one block per row,
/// the term first.
///
/// The terms stand in one column and their numbers in another, joined by dotted leaders that
/// are graphics: read column by column, every office would come before every phone, and the
/// phones would all go to the last office. A head row of field names level with each other
/// (a name such as `担当` over the terms, names such as `電話／メール` over the values) says
/// where each column starts; each term takes the values from its own line down to the next
/// term's. A topic bracketed after the office (`（採用試験・選考について）`) labels the contact.
enum ContactDefinitionList {
    /// `blocks` with the list's rows as blocks of their own, in place of the first block they
    /// were read from; unchanged when no head row of field names heads two columns.
    static func regrouped(_ blocks: [(page: Int, block: Block)]) -> [(page: Int, block: Block)] {
        for page in Set(blocks.map(\.page)).sorted() {
            let lines = blocks.indices.filter { blocks[$0].page == page && blocks[$0].block.table == nil }
                .flatMap { i in blocks[i].block.lines.indices.map { (block: i, index: $0, line: blocks[i].block.lines[$0]) } }
            guard let rows = rows(lines.map(\.line)) else { continue }
            var taken = Set<Int>()
            for (i, entry) in lines.enumerated() where rows.taken.contains(i) { taken.insert(entry.block) }
            // Only whole blocks go; a block with a line outside the list stays as it was.
            let kept = taken.filter { b in lines.indices.filter { lines[$0].block == b }.allSatisfy(rows.taken.contains) }
            guard let first = kept.min() else { continue }
            let made = rows.cards.map { (page: page, block: Block(kind: .paragraph, box: Rect.enclosing($0.map(\.box))!, lines: $0)) }
            return blocks.indices.flatMap { i -> [(page: Int, block: Block)] in
                i == first ? made : (kept.contains(i) ? [] : [blocks[i]])
            }
        }
        return blocks
    }

    /// The rows of the list among one page's `lines`: each the term's lines (label, office)
    /// then its values; `taken` the indices of the lines used, the head's included.
    static func rows(_ lines: [TextLine]) -> (cards: [[TextLine]], taken: Set<Int>)? {
        for (t, term) in lines.enumerated() where isTermHead(Normalized.compact(term.text)) {
            let h = max(term.box.height, 1)
            guard let v = lines.indices.first(where: { j in
                lines[j].box.x0 > term.box.x1 + h && abs(lines[j].box.midY - term.box.midY) <= 0.3 * h
                    && isValueHead(Normalized.compact(lines[j].text))
            }) else { continue }
            let split = lines[v].box.x0 - h
            let below = lines.indices.filter { lines[$0].box.y0 >= term.box.y1 - 1 && lines[$0].box.x0 >= term.box.x0 - h }
            let terms = below.filter { lines[$0].box.x0 < split }.sorted { lines[$0].box.y0 < lines[$1].box.y0 }
            let values = below.filter { lines[$0].box.x0 >= split }.sorted { lines[$0].box.y0 < lines[$1].box.y0 }
            var cards: [[Int]] = []
            var bottom = term.box.y1
            // Rows run down until a gap of more than two lines (the address under the list).
            for i in terms {
                guard lines[i].box.y0 - bottom <= 2.5 * h else { break }
                let mine = values.filter { j in
                    lines[j].box.y0 >= lines[i].box.y0 - 0.3 * h
                        && !terms.contains { k in k != i && lines[k].box.y0 > lines[i].box.y0 && lines[j].box.y0 >= lines[k].box.y0 - 0.3 * h }
                }
                guard !mine.isEmpty, mine.contains(where: { ContactsParser.isNumberOrAddress(lines[$0].text) }) else { break }
                cards.append([i] + mine)
                bottom = max(lines[i].box.y1, mine.map { lines[$0].box.y1 }.max()!)
            }
            guard !cards.isEmpty else { continue }
            let made = cards.map { card in Self.labelled(lines[card[0]]) + card.dropFirst().map { lines[$0] } }
            return (made, Set(cards.joined()).union([t, v]))
        }
        return nil
    }

    /// A term with its topic bracketed after it (`総務部人事課（採用試験・選考について）`) as the
    /// topic in `【】`, which labels a contact, over the office; any other term as it is.
    static func labelled(_ line: TextLine) -> [TextLine] {
        let text = Normalized.compact(line.text)
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex,
            case let topic = String(text[text.index(after: open)..<text.index(before: text.endIndex)]),
            ContactsParser.topicEndings.contains(where: { topic.hasSuffix($0) })
        else { return [line] }
        var label = line
        label.text = "【" + topic + "】"
        var office = line
        office.text = String(text[..<open])
        return [label, office]
    }

    /// The head over the terms: the name of the field that names the office (`担当`, `担当課`).
    static func isTermHead(_ text: String) -> Bool {
        ["担当", "担当課", "担当部署", "所属", "お問い合わせ先", "問い合わせ先", "連絡先"].contains(text)
    }

    /// The head over the values: names of fields to reach the office by (`電話／メール`, `TEL・E-mail`).
    static func isValueHead(_ text: String) -> Bool {
        let names = text.split(whereSeparator: { "/／・|｜、".contains($0) }).map(String.init)
        return !names.isEmpty && names.allSatisfy(ContactsParser.isFieldLabel)
    }
}
