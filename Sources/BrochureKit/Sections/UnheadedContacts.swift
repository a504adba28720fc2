/// Gives a brochure whose contacts no heading opens the contact cards it sets elsewhere: a
/// card titled with the track or post it recruits for (`裁判所事務官の採用`, `【事務系】`) over
/// its office, phone and e-mail, in a footer band under another section.
///
/// Read in order, such cards join the section above them (its training, its support systems)
/// and no contact is read. A title labelling a contact, with a phone or an e-mail in the lines
/// straight under it, is a contact whatever section it sits in. Only when no heading opened
/// the contacts: a brochure that heads them keeps its sections as they are.
enum UnheadedContacts {
    /// `parts` with every titled contact card moved to a contacts part of its own, placed
    /// after the part that held the first; unchanged when a part is contacts already.
    static func gathered(_ parts: [SectionSegmenter.Part]) -> [SectionSegmenter.Part] {
        var parts = parts
        gather(&parts)
        return parts
    }

    /// `gathered` in place: only the lists that lose a card are rebuilt.
    static func gather(_ parts: inout [SectionSegmenter.Part]) {
        guard !parts.contains(where: { $0.kind == .contacts }) else { return }
        var cards: [(page: Int, block: Block)] = []
        var home: Int? = nil
        for i in parts.indices {
            let blocks = parts[i].blocks
            // (Copied from the first card on: most parts hold none.)
            var kept: [(page: Int, block: Block)]? = nil
            var j = 0
            while j < blocks.count {
                if j + 1 < blocks.count, isCard(title: blocks[j], body: blocks[j + 1]) {
                    if kept == nil { kept = Array(blocks[..<j]) }
                    cards += [blocks[j], blocks[j + 1]]
                    home = home ?? i
                    j += 2
                    continue
                }
                kept?.append(blocks[j])
                j += 1
            }
            if let kept { parts[i].blocks = kept }
        }
        guard let home, let first = cards.first, let title = first.block.lines.first else { return }
        let part = SectionSegmenter.Part(kind: .contacts, heading: title.text, headingSize: title.fontSize, blocks: cards, page: first.page)
        parts.insert(part, at: home + 1)
    }

    /// Whether `title`, one line labelling a contact and nothing else, stands straight over
    /// `body`, a few lines giving a phone number or an e-mail address: one card.
    /// (Or `問`, a newsletter's mark for where to ask, set in a box left of the office: the
    /// card's title beside its first line.)
    static func isCard(title: (page: Int, block: Block), body: (page: Int, block: Block)) -> Bool {
        guard title.page == body.page, title.block.table == nil, body.block.table == nil, title.block.lines.count == 1,
            (1...6).contains(body.block.lines.count), case let line = title.block.lines[0]
        else { return false }
        let text = Normalized.compact(line.text)
        let em = max(line.box.height, 1)
        let box = body.block.box
        if askMarks.contains(text) {
            guard abs(box.y0 - line.box.y0) <= 0.5 * em, box.x0 >= line.box.x1 - 0.5, box.x0 - line.box.x1 <= 3 * em else { return false }
        } else {
            guard let label = ContactsParser.labelPrefix(text), label.rest.isEmpty,
                box.y0 >= line.box.y1 - 1, box.y0 - line.box.y1 <= 3 * em, box.xOverlap(line.box) > 0
            else { return false }
        }
        return body.block.lines.contains { line in
            let text = line.text
            return (text.contains("@") && !((try? EmailAddress.all(in: text)) ?? []).isEmpty)
                || (text.unicodeScalars.filter(TableDetector.isDigit).count >= 9 && !((try? PhoneNumber.all(in: text)) ?? []).isEmpty)
        }
    }

    /// The indices of `blocks` that are marks of where to ask (`問`) beside a contact card's
    /// body: they open the contacts wherever they stand.
    static func askCards(in blocks: [Block], page: Int) -> Set<Int> {
        var found = Set<Int>()
        // (Every block of every page is asked: the mark's first scalar before any normalising.)
        for i in blocks.indices.dropLast() where blocks[i].lines.count == 1 && blocks[i].lines[0].text.unicodeScalars.contains("問")
            && askMarks.contains(Normalized.compact(blocks[i].lines[0].text))
            && isCard(title: (page, blocks[i]), body: (page, blocks[i + 1]))
        {
            found.insert(i)
        }
        return found
    }

    /// Marks of where to ask, set as a label before the office.
    static let askMarks: Set<String> = ["問", "問合せ", "問合せ先", "問い合わせ先", "問合わせ先"]
}
