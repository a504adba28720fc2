extension SectionSegmenter {
    /// Gives back to a list of items a title that looked like a heading.
    ///
    /// An item's title in body type may name another section (`浜で学ぶ現地研修` among the
    /// 働き方 initiatives names 研修). When a heading set as one, or a title set larger, opens
    /// that section again later, the line was no heading: it and what followed it go back to
    /// the items.
    static func restoreItemTitles(_ parts: inout [Part]) {
        var i = parts.count - 1
        while i > 0 {
            // (A title saying it continues a section, `両立支援制度（続き）`, is never an item's.)
            if let opener = parts[i].opener, [.initiatives, .supportSystems].contains(parts[i - 1].kind),
                !PageTurnMark.saysContinued(parts[i].heading),
                parts[(i + 1)...].contains(where: { $0.kind == parts[i].kind && ($0.opener == nil || $0.headingSize >= 1.04 * parts[i].headingSize) })
            {
                let restored = parts.remove(at: i)
                parts[i - 1].blocks.append((restored.page, opener))
                parts[i - 1].blocks += restored.blocks
            }
            i -= 1
        }
    }

    /// Whether a block's first line, set in the block's own type, may be its section's title:
    /// short (eight characters, its English gloss aside), or up to sixteen when it ends in
    /// the section's word (`採用に関するお問い合わせ`) and is no sentence: no punctuation in
    /// it, and the next line does not go on in kana (`…までお問い合わせ` / `ください。`). Nor
    /// an office's name ending in its desk (`総務部人事課 採用担当` over its phone): that is
    /// the contact's first line, no title.
    static func titlesBlock(_ text: String, next: String) -> Bool {
        let title = SectionKind.strippedTitle(EnglishGloss.stripped(text))
        // (Bounded counts: a paragraph's first line comes here, hundreds of characters long.)
        if CharacterBound.atMost(8, title) { return true }
        guard CharacterBound.atMost(16, title), let word = SectionKind.endingWord(title), !title.contains("。"), !title.contains("、"),
            !title.dropLast(word.count).contains(where: { "課室局係班".contains($0) })
        else { return false }
        return !next.unicodeScalars.prefix(1).contains { (0x3041...0x309F).contains($0.value) }
    }

    /// The lines of a block that make its title: all of them, or of a heading whose first line
    /// names a section, that line alone when the next is set smaller (`採用に関するお問い合わせ`
    /// over `◆事務系 警務部人事第一課…`) or opens with an item's mark (`働きやすい職場づくり` over
    /// `◆夜間開館の運営` in one type: the first item's title).
    static func titleLines(_ block: Block) -> ArraySlice<TextLine> {
        guard block.kind == .heading, block.lines.count >= 2, SectionKind.opened(by: block.lines[0].text) != nil,
            block.lines[1].fontSize < 0.9 * block.lines[0].fontSize || TitledParagraphs.startsWithMarker(block.lines[1].text)
        else { return block.lines[...] }
        return block.lines.prefix(1)
    }

    /// The size a heading is set in: its title's, not its English gloss's (`取組 Initiatives`, the
    /// gloss in 7 pt after an 11 pt title, is measured 7 pt by glyph length), so that item
    /// titles in 8.5 pt under it do not count as larger headings closing the section.
    static func headingSize(_ line: TextLine) -> Double {
        // A title in Japanese ending in a Latin word (`Initiatives`, `Work-life balance`).
        guard line.orientation == .horizontal, let last = line.text.unicodeScalars.last, last.isASCII && last.properties.isAlphabetic,
            line.text.unicodeScalars.contains(where: Script.isCJK)
        else { return line.fontSize }
        return max(line.fontSize, line.box.height)
    }

    /// Whether a heading naming the section already open is one of its items' titles
    /// (`働きやすい職場づくり` beside `伝統技術の継承` under `造幣局の取組`): in a section of items,
    /// smaller than the section's own heading and set like an item title already in it.
    static func isItemTitle(_ block: Block, of part: Part?) -> Bool {
        // A contact's label naming its office (`◆技術系 総務部施設課技術採用担当`).
        if let part, part.kind == .contacts, ContactsParser.labelPrefix(Normalized.compact(block.lines[0].text)) != nil { return true }
        // A contact's topic wholly in brackets, set smaller than the section's heading
        // (`【採用に関するお問い合わせ】` under `お問い合わせ`): the first contact's label, though
        // its words name the section too.
        if let part, part.kind == .contacts, block.lines.count == 1, block.lines[0].fontSize < 0.95 * part.headingSize,
            case let text = Normalized.compact(block.lines[0].text), let first = text.first, "【[〔".contains(first),
            ContactsParser.otherLabel(text, inTable: false) != nil
        {
            return true
        }
        if let part, Self.isDeskLine(block, of: part) { return true }
        guard let part, [.initiatives, .supportSystems].contains(part.kind) else { return false }
        let size = block.lines[0].fontSize
        return size < 0.95 * part.headingSize && part.blocks.contains { $0.block.kind == .heading && abs($0.block.lines[0].fontSize - size) <= 0.05 * size }
    }

    /// Whether a one-line block is the next item of the open section of items, set as one
    /// already in it is: the same leading mark (`■`) and type size, smaller than the section's
    /// heading. Its words may name another section (`■信州の森で働く研修` among initiatives).
    /// So may a contact's bracketed or marked label after another (`【職場・研修】` after
    /// `【採用試験】`, `■職員の働き方・研修について` after `■採用試験について`): it names what the
    /// office beneath it answers for.
    static func isNextItem(_ block: Block, of part: Part?) -> Bool {
        guard let part, block.lines.count == 1, let line = block.lines.first, let mark = line.text.first,
            line.fontSize < 0.95 * part.headingSize,
            [.initiatives, .supportSystems].contains(part.kind) && TitledParagraphs.startsWithMarker(String(mark))
                || part.kind == .contacts && (mark == "【" && line.text.last == "】" || TitledParagraphs.startsWithMarker(String(mark)))
        else { return false }
        return part.blocks.contains { entry in
            entry.block.lines.contains { $0.text.first == mark && abs($0.fontSize - line.fontSize) <= 0.05 * line.fontSize }
        }
    }

    /// Whether a marked line just under the heading of a section of items, set smaller than
    /// that heading, is its first item though its words name another section read already,
    /// under a heading of its own set larger (`◆事務職員の海外研修` under `職場の取組`, after
    /// `研修` over its text): a section is opened once by its heading, and an item's mark and
    /// type say what it is. So is one whose words name the very section it opens
    /// (`◆歴史を伝える取組` under `働きやすい職場づくり`): a second heading would take its title.
    /// (`isNextItem` asks the same of the items after the first.)
    static func isFirstItem(_ block: Block, naming kind: SectionKind, of part: Part?, after parts: [Part]) -> Bool {
        guard let part, part.blocks.isEmpty, [.initiatives, .supportSystems].contains(part.kind), block.lines.count == 1,
            let line = block.lines.first, let mark = line.text.first, TitledParagraphs.startsWithMarker(String(mark)),
            line.fontSize < 0.95 * part.headingSize
        else { return false }
        return kind == part.kind || parts.contains { $0.kind == kind && $0.opener == nil && $0.headingSize >= 1.1 * line.fontSize }
    }

    /// Whether a heading is the next section's, glossed in English as section titles are
    /// (`配属・採用予定 ASSIGNMENT & 2026`) and set as large as the open section's heading: it
    /// ends that section though its words name none we read. (An item's title is no larger
    /// than its section's heading, nor glossed.)
    static func isGlossedPeer(_ block: Block, of part: Part) -> Bool {
        guard block.lines.count == 1, case let line = block.lines[0], line.orientation == .horizontal, isGlossed(line.text),
            headingSize(line) >= 0.95 * part.headingSize
        else { return false }
        return line.text.unicodeScalars.contains(where: Script.isCJK)
    }

    /// Whether `text` ends in an English gloss after a space: capitals, `&` and figures
    /// (`ASSIGNMENT & 2026`), two capitals at least.
    static func isGlossed(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        func glossy(_ s: Unicode.Scalar) -> Bool { ("A"..."Z").contains(s) || ("0"..."9").contains(s) || " &\u{3000}".unicodeScalars.contains(s) }
        var start = scalars.count
        while start > 0, glossy(scalars[start - 1]) { start -= 1 }
        guard start > 0, start < scalars.count, scalars[start] == " " || scalars[start] == "\u{3000}" else { return false }
        return scalars[start...].filter { ("A"..."Z").contains($0) }.count >= 2
    }

    /// Whether a one-line heading naming contacts again (`採用担当 高橋 さくら`, a desk and the
    /// person in charge set large on a business card) is a line of the contact just opened:
    /// the part holds its office (one or two blocks) and no phone or e-mail yet. A second
    /// contacts section would part the office from its numbers.
    static func isDeskLine(_ block: Block, of part: Part) -> Bool {
        guard part.kind == .contacts, block.lines.count == 1, (1...2).contains(part.blocks.count),
            SectionKind.opened(by: block.lines[0].text) == .contacts
        else { return false }
        return !part.blocks.contains { entry in
            entry.block.lines.contains { line in line.text.contains("@") || line.text.filter(\.isNumber).count >= 9 }
        }
    }
}
