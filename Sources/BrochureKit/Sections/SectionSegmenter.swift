/// Splits a laid-out document into sections by their headings, across columns and pages.
///
/// Blocks are taken in reading order with running headers and footers left out. A heading
/// that names a section opens it; the section runs until another section opens, or until a
/// heading set larger than its own (a page title such as `ワークライフバランス`) closes it.
struct SectionSegmenter {
    /// The threads the pages' own readings (`SegmenterPage`) are worked out on.
    var threads = 1

    struct Part {
        var kind: SectionKind
        var heading: String
        var headingSize: Double
        /// Blocks with the page each is on.
        var blocks: [(page: Int, block: Block)] = []
        var page: Int
        /// The line in body type that opened the section, when no heading did.
        var opener: Block? = nil
        /// Where the title that opened the part stands, when a title did.
        var titleBox: Rect? = nil

        /// Every text of the part as printed: its blocks' lines and its tables' cells.
        var texts: [String] {
            blocks.flatMap { entry in entry.block.lines.map(\.text) + (entry.block.table?.rows.flatMap { $0.map(\.text) } ?? []) }
        }
    }

    func segment(_ layout: DocumentLayout) -> [Part] {
        var pages = layout.pages
        return segment(releasing: &pages) { _, _ in }
    }

    /// The parts of `pages`, each page handed to `visit` with its index, then let go (its
    /// blocks emptied) as soon as it is read: a caller that owns the only copy of the pages
    /// holds, at the end, only the blocks the parts are made of (BENCHMARKS.md, thirty-third
    /// session).
    func segment(releasing pages: inout [PageLayout], visit: (Int, PageLayout) -> Void) -> [Part] {
        var parts: [Part] = []
        var current: Part? = nil
        /// The last blocks read: a caption under a table may claim them (`tableCaptioned`).
        var recent: [(page: Int, block: Block)] = []
        var read = Self.read(pages, threads: threads)
        for index in pages.indices {
            let page = pages[index]
            pages[index].blocks = []
            visit(index, page)
            let own = read[index]
            read[index].blocks = []
            read[index].readings = []
            // `問` boxed left of an office and its numbers (a newsletter's mark of where to ask).
            // Each card is a contacts part of its own; the part it stands in goes on after it
            // (a newsletter ends article after article with one).
            let askCards = UnheadedContacts.askCards(in: own.blocks, page: page.number)
            for (position, (block, reading)) in zip(own.blocks, own.readings).enumerated() {
                defer {
                    recent.append((page.number, block))
                    if recent.count > 2 { recent.removeFirst() }
                }
                if askCards.contains(position) {
                    parts.append(Part(kind: .contacts, heading: block.lines[0].text, headingSize: Self.headingSize(block.lines[0]),
                                      blocks: [(page.number, own.blocks[position + 1])], page: page.number))
                    continue
                }
                if position > 0, askCards.contains(position - 1) { continue }
                // A short line naming the section already open (`働き方サポーター` among the
                // 働き方 initiatives) is one of its items, unless set as a heading. (The text is
                // joined only for a heading: on a long document most blocks are not.)
                // A line right under a bare item number (`02` over `テレワークと出張の両立`) is
                // that item's title, whatever section its words name.
                // (Asked last: most blocks name no section.)
                // (A title glossed in English, `お問い合わせ CONTACT & ACCESS` beside a chapter's
                // tab `06`, heads a section: no item's title is glossed.)
                // An item set as the items above it (`■信州の森で働く研修` after `■テレワーク`) is
                // the next of them, whatever section its words name.
                if let text = reading.title,
                    let kind = reading.titleKind ?? Self.datedPlanTitle(block, text: text, open: current)
                        ?? Self.datedExamTitle(block, text: text, open: current) ?? Self.outsideExams(reading.datedPlanKind, open: current),
                    kind != current?.kind || block.kind == .heading && !Self.isItemTitle(block, of: current),
                    !(block.kind != .heading && current?.blocks.last.map { TitledParagraphs.isBareMarker($0.block) } == true
                        && EnglishGloss.stripped(text) == text),
                    !Self.isNextItem(block, of: current), !Self.isMessage(text, block: block, of: current, page: page.number),
                    !Self.isFirstItem(block, naming: kind, of: current, after: parts),
                    !Self.isYearBadge(block, of: current, page: page.number),
                    !Self.isBadgeBesideTable(block, of: current, page: page.number),
                    !Self.isUprightTableCell(block, of: current, page: page.number, pageIsVertical: page.isVertical)
                {
                    let captioned = Self.tableCaptioned(by: block, text: text, recent: recent, page: page.number)
                    if !captioned.isEmpty {
                        current?.blocks.removeAll { entry in captioned.contains { $0.page == entry.page && $0.block == entry.block } }
                    }
                    if let open = current { parts.append(open) }
                    current = Part(kind: kind, heading: text, headingSize: Self.headingSize(block.lines[0]), page: page.number)
                    current?.blocks += captioned
                    current?.titleBox = block.lines[0].box
                    if block.kind != .heading { current?.opener = block }
                    // Lines set smaller under the title (a contact's label) belong to the section.
                    var rest = block
                    rest.lines.removeFirst(Self.titleLines(block).count)
                    if let box = Rect.enclosing(rest.lines.map(\.box)) {
                        rest.box = box
                        current?.blocks.append((page.number, rest))
                    }
                    continue
                }
                // A section name set as the first line of a block (`採用窓口` over its first
                // entry, in the same type): the line opens the section, the rest belongs to it.
                // (Its English gloss, `採用予定 RECRUITMENT 2026`, is no part of its length.)
                // (So does a caption of a year's planned hires over a table of no years,
                // `datedPlanCaption`, over the exam it is for: `（大学卒業程度）`.)
                // (A longer first line, up to 16 characters, when it ends in the section's word:
                // `採用に関するお問い合わせ` over the office in a box beside another section.)
                if block.table == nil, block.lines.count >= 2, let first = block.lines.first,
                    let kind = reading.firstLineKind ?? Self.outsideExams(reading.datedPlanKind, open: current)
                {
                    var rest = block
                    rest.lines.removeFirst()
                    rest.box = Rect.enclosing(rest.lines.map(\.box))!
                    // Under a contacts heading, the desk's word (`採用担当` over its phone and
                    // e-mail) goes on with the contact above it (`人事部 人事課`): it opens no
                    // second contacts part, which would part the office from its numbers.
                    if kind == .contacts, current?.kind == .contacts {
                        current?.blocks.append((page.number, rest))
                        continue
                    }
                    if let open = current { parts.append(open) }
                    current = Part(kind: kind, heading: first.text, headingSize: first.fontSize, page: page.number)
                    current?.blocks.append((page.number, rest))
                    continue
                }
                // A heading set level with a table's first row (in a margin rail) becomes the
                // start of the table's first cell (`採用実績総合職の採用者数…`): it opens the section.
                if let table = block.table, let first = Self.headingInFirstRow(table, lines: block.lines),
                    let kind = Self.sectionOpening(first) ?? Self.cohortHeaderOpening(first), kind != current?.kind
                {
                    if let open = current { parts.append(open) }
                    current = Part(kind: kind, heading: first, headingSize: block.lines.first?.fontSize ?? 10, page: page.number)
                    current?.blocks.append((page.number, block))
                    continue
                }
                // A bare item number (`02` set large beside its title) is no page title. A
                // heading as large as the section's naming a part we do not read (`Q&A`) ends it
                // too: its questions are no items of the section above.
                // A heading set upright on a page of horizontal text (a thumb-index tab at the
                // page's edge, a lead's title column), one of punctuation alone (a vertical
                // line's `、` set apart) or a single character (`育`, an icon's glyph beside its
                // item) is no page title: it closes nothing by size.
                // (Nor does a badge's title beside the hiring table, `isBadgeBesideTable`.)
                // (Nor a desk's line set large under its office, `isDeskLine`, nor a phone
                // number set large under its caption, `isContactValue`.)
                // (Nor a headline right under the section's own banner: `isHeadline`.)
                if block.kind == .heading, let open = current, !Self.isBadgeBesideTable(block, of: open, page: page.number),
                    !Self.isDeskLine(block, of: open), !Self.isContactValue(block, of: open),
                    !Self.isHeadline(block, under: open, page: page.number)
                        && block.lines[0].fontSize > open.headingSize * 1.1 && !TitledParagraphs.isBareMarker(block)
                        && (page.isVertical || block.lines[0].orientation == .horizontal)
                        && block.lines[0].text.contains(where: { $0.isLetter || $0.isNumber }) && !Self.isFigure(block.lines[0].text)
                        && block.lines[0].text.trimmingWhitespace().count >= 2
                        || block.lines[0].fontSize >= open.headingSize * 0.9 && Self.closesSection(block)
                        || Self.isGlossedPeer(block, of: open)
                {
                    parts.append(open)
                    current = nil
                    continue
                }
                current?.blocks.append((page.number, block))
            }
        }
        if let open = current { parts.append(open) }
        // (In place, one pass after another: each would otherwise copy the lists it changes
        // while the caller still holds the ones it was given.)
        Self.restoreItemTitles(&parts)
        Self.joinContinuations(&parts)
        JumpedContinuation.gather(&parts)
        StrandedEntries.gather(&parts)
        ExamStrandedItems.gather(&parts)
        FootnoteHome.gather(&parts)
        UnheadedContacts.gather(&parts)
        Self.twinAccess(&parts)
        LentAddress.lend(&parts)
        return parts
    }

    /// Every page's own readings, on `threads` threads; the pages are not let go here.
    private static func read(_ pages: [PageLayout], threads: Int) -> [SegmenterPage] {
        ParallelWork.map(count: pages.count, threads: threads) { SegmenterPage(pages[$0]) }
    }

    /// A dated plan's caption opens the exam section only outside it: inside, it captions the
    /// section's own table.
    static func outsideExams(_ kind: SectionKind?, open: Part?) -> SectionKind? {
        open?.kind == .examBreakdown ? nil : kind
    }

    /// Whether a heading names a part of a brochure that is none of our sections: questions
    /// and answers.
    static func closesSection(_ block: Block) -> Bool {
        guard block.lines.count == 1 else { return false }
        let title = SectionKind.strippedTitle(Normalized.compact(block.lines[0].text)).uppercased()
        return ["Q&A", "FAQ", "よくある質問", "よくあるご質問"].contains(title)
    }

    /// The section a text opens by starting with one of its heading words (`採用実績…`), if any.
    static func sectionOpening(_ text: String) -> SectionKind? {
        SectionKind.startingWith(SectionKind.strippedTitle(text))
    }

    /// The text of the first row of a table that may be a section's heading: its first cell,
    /// or a cell set in larger type than the table's own (`採用実績` at 11.5 pt among 8 pt
    /// figures, caught in a row by a strip beside the table that shares its bands).
    static func headingInFirstRow(_ table: Table, lines: [TextLine]) -> String? {
        guard let row = table.rows.first, let first = row.first else { return nil }
        if sectionOpening(first.text) ?? cohortHeaderOpening(first.text) != nil { return first.text }
        return row.dropFirst().first { sectionOpening($0.text) != nil && Table.setLarger($0, lines: lines, factor: 1.25) }?.text
    }

    /// A big figure (`41名`, `85.7%`, set large in a card of key figures) is no page title.
    /// So is a line of such figures (`8名 4名`, two cards' figures on one baseline), or a
    /// length of time in a unit of several characters (`6か月`, `2時間`, set large on a
    /// support system's card as `3年` is).
    static func isFigure(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: \.isWhitespace)
        if parts.count > 1 { return parts.allSatisfy { isFigure(String($0)) } }
        var t = Normalized.compact(text)
        if let unit = Self.longUnits.first(where: { t.hasSuffix($0) }) { t.removeLast(unit.count) }
        while let last = t.last, "名人%件日年歳".contains(last) { t.removeLast() }
        return !t.isEmpty && t.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
    }

    /// Units of time longer than one character that a big figure may end in.
    static let longUnits = ["か月", "ヶ月", "カ月", "ケ月", "箇月", "時間", "週間"]

    /// `採用者数の推移 （ ）内は女性の人数です。`: the title of a one-line caption that runs on,
    /// after a gap, into a note (a bracket, a `※`, or a sentence), when the title names a section;
    /// or into any text when the title is a section's word alone (`採用実績 大学卒程度等…による採用者数`,
    /// a heading bar with its intro on the same baseline), or into the year it is about
    /// (`採用予定 令和8年度`).
    static func captionTitle(_ block: Block) -> String? {
        // (A block of more lines when its first stands taller than the next: a title in
        // larger type with its note on its line, over a caption in the note's type.)
        guard block.kind != .table, block.lines.count == 1 || block.lines[0].box.height >= 1.3 * block.lines[1].box.height,
            case let text = block.lines[0].text,
            let gap = text.unicodeScalars.firstIndex(of: " "), case let title = String(text[..<gap]), CharacterBound.atMost(16, title),
            case let note = String(text[text.index(after: gap)...]).trimmingWhitespace(), let first = note.first,
            "（(※＊*".contains(first) || note.contains("。") || SectionKind.isWord(title) || Self.isFiscalYear(note),
            SectionKind.opened(by: title) != nil
        else { return nil }
        return title
    }

    /// `令和8年度`, `2026年度`: the year a heading's section is about (`採用予定 令和8年度`).
    static func isFiscalYear(_ text: String) -> Bool {
        YearLabel.fiscalYear(Normalized.compact(text)) != nil
    }

    /// The line without the fiscal year it opens with (`令和8年度 大学卒業程度試験 採用予定数` →
    /// `大学卒業程度試験 採用予定数`): a caption dated so is a title, and the date says which
    /// year, not what the section is.
    static func droppingOpeningYear(_ text: String) -> String {
        let compact = Normalized.compact(text)
        guard let end = compact.range(of: "年度")?.upperBound, isFiscalYear(String(compact[..<end])) else { return text }
        return String(compact[end...])
    }

    /// Headings, and short single lines that brochures set in body type as titles (`caption`
    /// is the block's `captionTitle`).
    static func isHeadingLike(_ block: Block, caption: String?) -> Bool {
        guard block.kind != .table else { return false }
        if block.kind == .heading || StackedTitle.names(block) || caption != nil { return true }
        guard block.lines.count == 1, let line = block.lines.first else { return false }
        // In body type only a title (`8 仕事と家庭の両立支援`); a longer line naming a section
        // word, or one that says where (`…での`), is a caption or an item (`警察大学校での初任幹部研修`).
        // (Its English gloss, `採用予定 EXAMINATION 2026`, `お問い合わせ CONTACT & ACCESS`, is no part of its length;
        // nor is the year it opens with, `令和8年度 大学卒業程度試験 採用予定数`.)
        let title = SectionKind.strippedTitle(EnglishGloss.stripped(droppingOpeningYear(line.text)))
        return title.count <= 16 && !title.contains("。") && !title.contains("での")
    }
}
