/// Splits a section of boxed items into (title, text) pairs: initiatives, support systems.
///
/// A title is a heading or a short line without a full stop; the lines after it, up to the
/// next title, are its text. A caption or note with no text after it is dropped. A table gives
/// one item per row or per column (`TableItems`).
struct TitledParagraphs {
    struct Item {
        var title: String
        var text: String
        var page: Int
        var box: Rect
        /// The title line's type size; 0 when not read from a line.
        var titleSize: Double = 0
        /// The title line as printed, spaces kept: a name and its period set apart on one line
        /// (`育児休業　子が3歳に達するまで`) are told apart by the gap. Empty when not from one line.
        var spacedTitle = ""
    }

    func split(_ part: SectionSegmenter.Part) -> [Item] {
        // Cards titled under their text (`TitledParagraphs+TitleUnder`).
        if let cards = Self.titlesUnder(part) { return cards }
        // Marked sentences naming their item in 『』 (`TitledParagraphs+QuotedTitles`).
        if let sentences = Self.quotedTitles(part) { return sentences }
        var items: [Item] = []
        var current: Item? = nil
        let measures = Self.measures(part.blocks)
        for (page, var block) in NameColumn.interleaved(part.kind == .supportSystems ? PeriodColumn.split(part.blocks) : part.blocks) {
            if let table = block.table {
                let found = TableItems.items(in: table, page: page)
                guard !found.isEmpty else { continue }
                if let open = current, Self.complete(open, in: part.kind) { items.append(open) }
                current = nil
                items += found
                continue
            }
            // An item's number set apart from its title (`02` large, left of the line) marks
            // the item; the title beside it names it.
            // Each line normalised once: the tests below and the walk over the lines all read it.
            var texts = block.lines.map { Normalized.compact($0.text) }
            if Self.isBareMarker(block, first: texts.first ?? "") { continue }
            // A flow's arrow between two boxes is no text of either (`FlowArrow`).
            if texts.contains(where: FlowArrow.isConnector) {
                let kept = block.lines.indices.filter { !FlowArrow.isConnector(texts[$0]) }
                guard !kept.isEmpty else { continue }
                block.lines = kept.map { block.lines[$0] }
                texts = kept.map { texts[$0] }
            }
            // A title wrapped onto a second line is still one short block of its own; but
            // straight after a title that has no text yet, a short block is that text (a
            // box's two lines under its name).
            // (Not a support system's name over its period in smaller type: a name and its text.)
            // (Not a title over its text in smaller type: `③年休の計画取得` over `四半期ごとに計画`.)
            if block.lines.count == 2, case let joined = Normalized.compact(block.lines.map(\.text).joined()), Self.titleLike(joined),
                block.lines[1].fontSize >= 0.9 * block.lines[0].fontSize,
                !(current.map { $0.text.isEmpty && block.kind != .heading } ?? false),
                !(part.kind == .supportSystems && Self.nameOverPeriod(block))
            {
                if let open = current, Self.complete(open, in: part.kind) { items.append(open) }
                // A caption over the first item's marked name (`仕事と家庭の両立支援` / `◇育児休業`)
                // is no first half of it: the marked line alone is the title.
                if Self.startsWithMarker(texts[1]), !Self.startsWithMarker(texts[0]) {
                    let spaced = Self.cleanTitle(Normalized.text(block.lines[1].text))
                    current = Item(title: Normalized.compact(spaced), text: "", page: page, box: block.lines[1].box,
                        titleSize: block.lines[1].fontSize, spacedTitle: spaced)
                    continue
                }
                current = Item(title: joined, text: "", page: page, box: block.box)
                continue
            }
            // The block's body type, for a line set larger in it (asked once per block).
            let bodySize = block.lines.count >= 3 ? Median.of(block.lines.map(\.fontSize), or: 0) : 0
            for (index, line) in block.lines.enumerated() {
                let text = texts[index]
                // A marked item's title run into its text after a colon (`◆ノー残業デー：毎週水曜日は…`).
                if let (title, rest) = Self.runInTitle(text) {
                    if let open = current, Self.complete(open, in: part.kind) { items.append(open) }
                    current = Item(title: title, text: rest, page: page, box: line.box, titleSize: line.fontSize, spacedTitle: title)
                    continue
                }
                // A title: a heading, a lone short line, or a short first line over a paragraph
                // (set bold by stroking, which leaves no trace in the font name).
                // A support system's name with its period set apart on the line (a pill: `子の
                // 看護休暇　年5日`) is a title however wide the line runs.
                let namedPeriod = index == 0 && part.kind == .supportSystems && Self.titleLike(text)
                    && line.text.contains(where: { $0 == " " || $0 == "\u{3000}" })
                    && SupportSystem.splitPeriod(line.text).period != nil
                // A big figure after a name still without text is its period, kept beside the name.
                let figure = part.kind == .supportSystems && block.lines.count == 1
                    && current.map { Self.figureAfterName($0, line) } == true
                // In a block of marked items, each over its text (`○除雪体制の見直し` / its text /
                // `○遠隔臨場の導入` / its text), a marked line is the next item's title however wide.
                let markedAgain = Self.startsWithMarker(text) && Self.titleLike(text)
                    && (index > 0 ? current.map { !$0.text.isEmpty } == true && texts[0].unicodeScalars.first == text.unicodeScalars.first
                        : texts.dropFirst(2).contains { $0.unicodeScalars.first == text.unicodeScalars.first })
                // In a block of support systems, a line naming one with its period after a colon or
                // a slash (`育児休業／子が3歳に達するまで`, over its text) is a title wherever it stands.
                // (Not a bulleted line, `・育児休業：…`: a list under a category, `CategorisedSupportSystems`.)
                let periodAfterMark = part.kind == .supportSystems && text.first?.isLetter == true && Self.titleLike(text)
                    && SupportSystem.splitAtSeparator(text) != nil
                // In a block of items each opening with its name in larger type (a panel set
                // upright, name / period / text, read right to left), a later line in the first
                // line's type, larger than the block's, is the next name. (Not a period set large
                // under its name, `育児休業` / `3年` / its text: the name's type is the title's.)
                let larger = index > 0 && block.lines.count >= 3 && abs(line.fontSize - block.lines[0].fontSize) <= 0.05 * line.fontSize
                    && line.fontSize >= 1.15 * bodySize && Self.titleLike(text)
                let isTitle = markedAgain || periodAfterMark || larger || index == 0
                    && (block.kind == .heading || line.isBold || namedPeriod
                        || (Self.titleLike(text) && (block.lines.count == 1 || line.box.width < 0.8 * block.box.width
                            || part.kind == .supportSystems && Self.nameOverPeriod(block))))
                    && !(current.map { $0.text.isEmpty && (Self.setUnder($0, line) || block.kind != .heading && (Self.setBeside($0, line, page: page) || Self.centredBeside($0, block, page: page))) } ?? false)
                    && !(current.map { $0.text.isEmpty } == true && (Self.isField(text) || Self.isField(Normalized.text(line.text))))
                    // A lone line filling its column's measure under a title still without text is
                    // that text's first line, broken off at the column's foot (`林務部の現場で…県土
                    // の8割を占め`, going on at the next column's top), not a title.
                    && !(current.map { $0.text.isEmpty } == true && block.kind != .heading && block.lines.count == 1
                        && Self.fillsMeasure(line, page: page, measures))
                    // A period set over the text of the name above it, in one block (`2日` /
                    // `妻の出産に伴う…`), is that item's, not the next item's name.
                    && !(current.map { $0.text.isEmpty } == true && block.lines.count > 1 && part.kind == .supportSystems
                        && SupportSystem.isDurationValue(text))
                    && !(part.kind == .supportSystems && current.map { Self.ribbonBelow($0, line, page: page) } == true)
                    && !figure
                    && !(part.kind == .supportSystems && current.map { Self.periodUnder($0, line, page: page) } == true)
                    // A sub-headline set between dashes under a title still without text
                    // (`学校事務にもテレワーク` / `―県立学校の事務室から在宅へ―`) opens its text.
                    && !(current.map { $0.text.isEmpty } == true && Self.isDashedSubtitle(text))
                if figure, let open = current {
                    // (Set apart on the name's line, as a pill would be: the text under it may
                    // still open with a field, `期間：…`, which only follows a name.)
                    current!.spacedTitle = (open.spacedTitle.isEmpty ? open.title : open.spacedTitle) + "\u{3000}" + text
                    current!.box = open.box.union(line.box)
                } else if isTitle {
                    if let open = current, Self.complete(open, in: part.kind) { items.append(open) }
                    if let open = current, open.text.isEmpty, block.kind == .heading, !Self.startsWithMarker(text) {
                        // A title set on two lines.
                        current = Item(title: open.title + text, text: "", page: open.page, box: open.box.union(line.box))
                        continue
                    }
                    // Its number is dropped before the spaces are (`01 地域…` would become `01地域…`).
                    let spaced = Self.cleanTitle(Normalized.text(Self.cleanTitle(line.text)))
                    current = Item(title: Normalized.compact(spaced), text: "", page: page, box: line.box, titleSize: line.fontSize, spacedTitle: spaced)
                } else if current != nil {
                    current!.text += text
                    current!.box = current!.box.union(line.box)
                }
            }
        }
        if let open = current, Self.complete(open, in: part.kind) { items.append(open) }
        return QuestionItems.paired(items.map { var item = $0; item.title = Self.cleanTitle(item.title); return item }).map(QuestionItems.named).filter { !Self.isCareerStep($0.title) }
    }

    /// Whether an item ends whole: with its text, or, in a support section, as a system naming
    /// its period on its own line with nothing under it (`●介護休暇（通算6か月）`). A title
    /// alone is otherwise a stray line.
    static func complete(_ item: Item, in kind: SectionKind) -> Bool {
        guard item.text.isEmpty else { return true }
        guard kind == .supportSystems, case let (name, period) = SupportSystem.splitPeriod(cleanTitle(item.title)), period != nil else { return false }
        return QuotedSupportSystems.namesSystem(name)
    }

    /// A title without the marker or number set before it: `■テレワーク`, `01 テレワーク`,
    /// `①テレワーク`, `(2)メンター制度` → the name. A number that is part of the name stays
    /// (`1on1ミーティング`).
    static func cleanTitle(_ title: String) -> String {
        var text = Substring(title)
        while let first = text.unicodeScalars.first, "■□◆◇●○◎▶▷▼▽▲△★☆・".unicodeScalars.contains(first) || (0x2460...0x2473).contains(first.value) {
            text = Substring(text.unicodeScalars.dropFirst())
            text = text.drop { $0 == " " || $0 == "\u{3000}" }
        }
        // A running label before it (`取組1　テレワーク`): `withoutItemLabel`.
        text = Self.withoutItemLabel(text)
        // A hashtag before a title (`＃テレワーク`), as a social-media-minded page sets its topics:
        // a mark, not a number (`#1`).
        if let first = text.first, first == "#" || first == "＃", let next = text.dropFirst().first, !next.isNumber, !next.isWhitespace {
            text = text.dropFirst()
        }
        let opened = text.first == "(" || text.first == "（"
        // An item lettered in kana or Latin in brackets (`（ア）テレワーク`, `(a)…`).
        if opened, text.count > 3, let letter = text.dropFirst().first, let close = text.dropFirst(2).first, close == ")" || close == "）",
            Script.isKatakana(letter) || (letter.isASCII && letter.isLowercase)
        {
            text = text.dropFirst(3).drop { $0 == " " || $0 == "\u{3000}" }
        }
        let afterOpen = opened && (text.first == "(" || text.first == "（") ? text.dropFirst() : text
        let digits = afterOpen.prefix { $0.isASCII && $0.isNumber }
        let rest = afterOpen[digits.endIndex...]
        // Not a decimal (`1.5倍`): a full stop followed by a digit is part of the number.
        let decimal = ".．".contains(rest.first ?? " ") && rest.dropFirst().first?.isNumber == true
        if !digits.isEmpty, !decimal, let separator = rest.first, " \u{3000}.．)）、:：".contains(separator), !CharacterBound.atMost(1, rest) {
            text = rest.dropFirst().drop { $0 == " " || $0 == "\u{3000}" }
        }
        // A title wholly in angle brackets (`〈フリーアドレス〉`): the brackets only set it off.
        if let first = text.first, let last = text.last, !CharacterBound.atMost(2, text),
            let close = Self.enclosing[first], close == last, !text.dropFirst().dropLast().contains(first)
        {
            text = text.dropFirst().dropLast()
        }
        // When the item began, in brackets after it (`テレワーク（令和5年度～）`,
        // `フレックスタイム制（令和6年度導入）`): no part of its name.
        if let start = Self.startBracket(text) { text = text[..<start] }
        // A badge after the title (`フレックスタイム制 NEW`), a new system's tag set on its line:
        // no part of its name. (After Japanese only: `BRAND NEW` in Latin may be a name.)
        if let tail = text.unicodeScalars.last, tail == "W" || tail == "w" || tail == "!" || tail == "Ｗ",
            let badge = Self.badges.first(where: { text.hasSuffix($0) }), case let head = text.dropLast(badge.count),
            case let name = head.reversed().drop(while: { $0 == " " || $0 == "\u{3000}" }), let last = name.first, Script.isCJK(last)
        {
            text = head.dropLast(head.count - name.count)
        }
        // An English gloss after a Japanese title (`テレワーク Telework`, set small on its line):
        // no part of the name.
        if let gloss = Self.trailingGloss(text) { text = text[..<gloss] }
        return text.isEmpty ? title : String(text)
    }

    /// Where a run of Latin words closing a Japanese title starts (`フレックスタイム制 Flextime`):
    /// three letters or more, straight after a Japanese character or a space after one.
    static func trailingGloss(_ text: Substring) -> Substring.Index? {
        guard let last = text.unicodeScalars.last, last.properties.isAlphabetic, last.isASCII else { return nil }
        let latin = text.reversed().prefix { ($0.isASCII && ($0.isLetter || $0 == " " || $0 == "-")) }
        guard latin.filter(\.isLetter).count >= 3, case let start = text.index(text.endIndex, offsetBy: -latin.count),
            let before = text[..<start].last, Script.isCJK(before)
        else { return nil }
        return start
    }

    /// Where a closing bracket saying when the item began opens (`（令和5年度～）`, `(2024年4月導入)`,
    /// `（令和6年度から）`): a year or a date, then the word for since or introduced.
    static func startBracket(_ text: Substring) -> Substring.Index? {
        guard let last = text.last, last == ")" || last == "）", let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }), open > text.startIndex
        else { return nil }
        let inner = Normalized.compact(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        guard let word = Self.startWords.first(where: { inner.hasSuffix($0) }), case let when = String(inner.dropLast(word.count)), YearLabel.mayName(when),
            YearLabel(when) != nil || EditionFinder.standalone(when) != nil
        else { return nil }
        return open
    }

    /// The words that close a start: since (`～`, `から`, `より`), introduced, begun.
    static let startWords = ["~", "から", "より", "導入", "開始", "実施", "スタート"]

    /// Tags a page sets after a new item's title.
    static let badges = ["NEW!", "New!", "NEW", "New", "ＮＥＷ"]

    /// A block that is only an item's number or marker (`02`, `③`, `◆`, `POINT 1`): set apart from its
    /// title, often larger, it names nothing and heads nothing.
    static func isBareMarker(_ block: Block) -> Bool {
        guard block.table == nil, block.lines.count == 1 else { return false }
        return isBareMarker(block, first: Normalized.compact(block.lines[0].text))
    }

    /// `isBareMarker(_:)` given the block's first line already compacted (`first`).
    static func isBareMarker(_ block: Block, first text: String) -> Bool {
        guard block.table == nil, block.lines.count == 1 else { return false }
        // A Latin word and the item's number (`POINT 1`, `STEP2`, `CASE 03`).
        let word = text.prefix { $0.isASCII && $0.isLetter }
        let number = text.dropFirst(word.count).drop { $0 == " " }
        if (2...8).contains(word.count), (1...2).contains(number.count), number.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        // `その1`, `その2`: the item's number in words.
        if text.hasPrefix("その"), (1...2).contains(text.count - 2), text.dropFirst(2).allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return !text.isEmpty && CharacterBound.atMost(3, text) && text.unicodeScalars.allSatisfy {
            // (`＋`: a closed accordion's toggle before its summary, on a printed web page.)
            ($0.properties.numericType != nil && !(0x4E00...0x9FFF).contains($0.value)) || "■□◆◇●○◎▶▷▼▽★☆.＋+".unicodeScalars.contains($0)
        }
    }

    /// The first lines of the section's paragraphs, with their pages: a block of two lines or
    /// more whose first line runs as far right as any of its others runs its column's full
    /// measure. (A term over its longer note, `育児休業` / `（子が3歳に達するまで）`, is no paragraph.)
    static func measures(_ blocks: [(page: Int, block: Block)]) -> [(page: Int, box: Rect)] {
        blocks.compactMap { entry in
            let lines = entry.block.lines
            guard entry.block.table == nil, lines.count >= 2, case let first = lines[0].box,
                lines.dropFirst().allSatisfy({ $0.box.x1 <= first.x1 + 0.5 * max(first.height, 1) })
            else { return nil }
            return (entry.page, first)
        }
    }

    /// Whether `line` starts where another paragraph's first line does and ends within a
    /// character of its end: it runs the column's full measure, as running text does and a
    /// title does not.
    static func fillsMeasure(_ line: TextLine, page: Int, _ measures: [(page: Int, box: Rect)]) -> Bool {
        let em = max(line.box.height, 1)
        return measures.contains {
            page == $0.page && $0.box != line.box && abs($0.box.x0 - line.box.x0) <= 0.5 * em && abs($0.box.x1 - line.box.x1) <= em
        }
    }

    /// Brackets that set a title off: opening → closing. (`≪…≫`, the much-less and much-greater
    /// signs, serve Japanese typesetters as double angle brackets.)
    /// (And `＼…／`, a title between speech lines, `\…/` once normalised.)
    /// (And `「…」`, a title quoted as a name: `「ノー残業デー」`.)
    static let enclosing: [Character: Character] = ["〈": "〉", "《": "》", "≪": "≫", "<": ">", "＜": "＞", "【": "】", "＼": "／", "\\": "/", "「": "」"]

    /// A step of a career path (`１～２年目`, `11年目～`, `入庁10年目以降`): years of service, not the
    /// name of an initiative or a support system, when a career table sits in their section.
    static func isCareerStep(_ title: String) -> Bool {
        let text = Normalized.compact(title)
        guard text.contains("年目") else { return false }
        let rest = text.replacingOccurrences(of: "年目", with: "").filter { !($0.isNumber || "~～〜-‐・、以降から入庁省局".contains($0)) }
        return rest.isEmpty
    }

    /// Whether `line` is the text of the title `item` still waits for: set below it, indented
    /// and in smaller type (`育児休業` over `　子が３歳に達するまで`), however short it is.
    /// (Straight under it: a list's caption, `両立支援制度`, stands a blank line or more above
    /// the list's first term, which is no text of it.)
    static func setUnder(_ item: Item, _ line: TextLine) -> Bool {
        item.titleSize > 0 && line.fontSize < item.titleSize - 0.25 && line.box.y0 >= item.box.y1 - 1
            && line.box.x0 >= item.box.x0 + 0.5 * line.fontSize && line.box.y0 - item.box.y1 <= 1.5 * line.box.height
    }

    /// Whether `line` starts level with the title `item` waits for its text, right of it: the
    /// definition beside its term (`育児休業` | `子が3歳に達するまで`), however short it is. (A
    /// heading beside a label, `POINT 1` | `フレックスタイム制度`, is the item's title.)
    static func setBeside(_ item: Item, _ line: TextLine, page: Int) -> Bool {
        item.titleSize > 0 && item.page == page && abs(line.box.y0 - item.box.y0) <= 0.3 * line.box.height
            && line.box.x0 >= item.box.x1 - 0.5
    }

    /// Whether `block` is a definition of several lines centred on the one-line term `item`
    /// waits for its text, right of it (`育児休業` beside `子が3歳に達するまで` over `男性職員の…`).
    static func centredBeside(_ item: Item, _ block: Block, page: Int) -> Bool {
        // (Not an icon's single glyph beside its item's name and text: `育` | `育児休業 …`.)
        item.titleSize > 0 && item.page == page && !CharacterBound.atMost(1, item.title) && block.lines.count >= 2 && block.box.x0 >= item.box.x1 - 0.5
            && block.box.y0 <= item.box.midY && item.box.midY <= block.box.y1
    }

    /// Whether a line is a sub-headline set between dashes (`―1年間のメンター制度―`).
    static func isDashedSubtitle(_ text: String) -> Bool {
        guard text.count >= 4, let first = text.first, let last = text.last else { return false }
        return Self.subtitleDashes.contains(first) && Self.subtitleDashes.contains(last)
    }

    private static let subtitleDashes: Set<Character> = ["―", "—", "〜", "～", "－", "-"]

    /// Whether a line opens with an item's marker (`■育児休業`): it starts an item of its own,
    /// never the second line of the title before it (a caption such as `仕事と家庭の両立を支える
    /// 制度` over the first item has no text of its own and is not its title's first half).
    static func startsWithMarker(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return "■□◆◇●○◎▶▷▼▽▲△★☆".unicodeScalars.contains(first)
    }

    /// Whether a line is a field of the item above it (`期間：子が3歳に達するまで`, `対象：…`): a
    /// short label of a few kanji and a colon, then its value. Short and without a full stop,
    /// it would otherwise pass for the next item's title. Only straight under a title: after
    /// an item's text such a line is a note (`参考：…`) of the section, not of the item.
    /// A label set apart by a space instead of a colon (`期間　子が3歳に達するまで`) is one of the
    /// few words for an item's fields: any other short word before a space is a title with
    /// its period beside it (`育児休業　子が3歳に達するまで`).
    static func isField(_ text: String) -> Bool {
        if let space = text.firstIndex(where: { $0 == " " || $0 == "\u{3000}" }), space > text.startIndex,
            fieldWords.contains(String(text[..<space])), text[space...].contains(where: { $0 != " " && $0 != "\u{3000}" })
        {
            return true
        }
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }), colon < text.index(before: text.endIndex) else { return false }
        let label = text[..<colon]
        return (2...4).contains(label.count) && label.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// The labels of an item's fields that may stand before a space.
    static let fieldWords: Set<String> = ["期間", "対象", "対象者", "内容", "概要", "日数", "取得期間"]

    static func titleLike(_ text: String) -> Bool {
        CharacterBound.atMost(28, text) && !text.contains("。") && !text.hasSuffix("、")
    }
}
