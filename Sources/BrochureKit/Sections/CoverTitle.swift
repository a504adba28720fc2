/// Reads the cover's title as an organisation's name when it has the shape of one.
///
/// The closed list of known names keeps fragments out of the counts, but a publisher missing
/// from it (a commission, a special organ, a research institute) still prints its own name
/// as the largest line of its cover: a run of kanji ending in the word for what it is.
enum CoverTitle {
    /// The words an organisation's name ends in: ministry, agency, board, commission,
    /// headquarters, tribunal, institute, bureau, centre, organisation, house (館: archives, library),
    /// customs (`神戸税関`), a court (`最高裁判所`, which recruits its own staff), a fund (`国際交流基金`,
    /// an incorporated administrative agency), a council (`日本学術会議`, a special organ with its own
    /// secretariat), a prefecture's or a city's (`大阪府`, `横浜市`), which recruit the same way,
    /// a university (a 国立大学法人 recruits its office staff by its own brochure), and any other
    /// office or facility of a ministry that hires by its own brochure (`東京検疫所`, `植物防疫所`):
    /// `所`, which covers the tribunals, courts and institutes too; and a prefecture's police
    /// (`…県警察`), which recruits its civilian staff by its own brochure; and the unions towns
    /// form to run a service together (`…水道企業団`, `…消防組合`, `…広域連合`), and a prefecture's
    /// corporations (`…住宅供給公社`); a national school other than a university, which hires its
    /// office staff the same way (`…工業高等専門学校`, `…大学校`); and the Hokkaido bureau's
    /// regional offices (`…開発建設部`) and the local offices called `署` that stand alone
    /// (`…森林管理署`, `…労働基準監督署`, `…海上保安署`; a `税務署` is named beside its bureau,
    /// `熊本国税局・税務署`), each of which recruits by its own brochure; and a ministry's
    /// facilities named as gardens (`国立療養所長島愛生園`, a national sanatorium; `…学園`).
    static let endings = [
        "省", "庁", "院", "委員会", "会議", "本部", "所", "局", "センター", "機構", "館", "税関", "基金", "大学", "警察", "企業団", "組合", "広域連合", "公社",
        "気象台", "学校", "開発建設部", "森林管理署", "監督署", "保安署", "園",
    ] + localEndings

    /// The words a prefecture's or a municipality's name ends in.
    static let localEndings = ["都", "道", "府", "県", "市", "区", "町", "村"]

    /// The legal forms an agency's name is printed under (`独立行政法人` over `統計センター`).
    /// (A local one, `地方独立行政法人`, runs a city's hospital or a prefecture's university.)
    static let legalForms: Set<String> = ["独立行政法人", "国立研究開発法人", "行政執行法人", "特殊法人", "国立大学法人", "地方独立行政法人"]

    /// The first page's organisation name: the line after a legal form standing alone (the
    /// name it qualifies, whatever a photo's catch copy is set in), or the rest of a line the
    /// form opens, else the largest line, or its first word, when it is a name.
    static func organization(_ layout: DocumentLayout) -> String? {
        organization(first: layout.pages.first)
    }

    /// The organisation name on `first`, the document's first page, as `organization` reads it.
    static func organization(first: PageLayout?) -> String? {
        asPrinted(first: first).map(withoutPrefecture)
    }

    /// The organisation name on `first` as its cover prints it, a prefecture before a city's included.
    private static func asPrinted(first: PageLayout?) -> String? {
        let lines = (first?.blocks ?? []).filter { !$0.isFurniture }.flatMap(\.lines)
        let texts = lines.map { Normalized.compact($0.text) }
        // (A line in Latin letters alone names no body: a watermark, `RECRUIT 2026`, set larger
        // than any title, or a catch copy.)
        let largest = largestCJKLine(lines)
        // A body's name set large under its parent's in small type is the publisher's, whatever
        // legal form the parent's line opens with.
        if let title = largest, let named = nameUnderParent(title, among: lines) {
            return named
        }
        // (The name may run on into the document's title on its baseline: `理化学研究所事務職・技術職 採用案内`.)
        if let form = texts.firstIndex(where: { legalForms.contains($0) }),
            let named = texts[(form + 1)...].prefix(2).lazy.compactMap({ name($0) ?? leadingName($0) }).first
        {
            return named
        }
        // The form and the name on one line (`独立行政法人 国立公文書館`).
        if let named = texts.lazy.compactMap({ text in
            legalForms.first { text.hasPrefix($0) }.flatMap { name(String(text.dropFirst($0.count))) }
        }).first {
            return named
        }
        guard let title = largest else { return nil }
        // The name may share its line with the document's title (`警視庁 警察行政職員採用案内`),
        // or run straight into it (`仙台市職員採用案内`).
        let text = withoutEditionYear(Normalized.compact(title.text))
        // A local body's name set on two lines, its municipality small over the rest
        // (`上越市` over `ガス水道局`): the two lines are one name.
        if let whole = name(text), let parent = localParent(of: title, among: lines) { return parent + whole }
        if let named = name(text) ?? nameBeforeOffices(text) ?? title.text.split(separator: " ").first.flatMap({ name(String($0)) })
            ?? documentTitles.lazy.compactMap({ text.hasSuffix($0) ? name(String(text.dropLast($0.count))) : nil }).first
        {
            return named
        }
        return (documentTitles.contains(text) ? nameAbove(title, among: lines) : nil)
            ?? nameOnTwoLines(title, among: lines)
            ?? nameBeforeDocumentTitle(under: title, among: lines)
            ?? nameBeforeInvitation(text) ?? spelledOut(text, among: lines)
    }

    /// A name broken over two lines of the masthead in one type (`岩手中部` / `水道企業団`): the
    /// largest line, no name itself, and the line straight under it, from its left edge and
    /// within half its height, joined, when the whole is a name.
    static func nameOnTwoLines(_ title: TextLine, among lines: [TextLine]) -> String? {
        let under = lines.filter {
            $0.orientation == .horizontal && $0.box.y0 >= title.box.y1 - 1 && $0.box.y0 - title.box.y1 <= 0.5 * title.box.height
                && abs($0.box.x0 - title.box.x0) <= 0.5 * title.box.height && abs(stature($0) - stature(title)) <= 0.05 * stature(title)
        }
        guard let next = under.min(by: { $0.box.y0 < $1.box.y0 }) else { return nil }
        let whole = Normalized.compact(title.text) + Normalized.compact(next.text)
        return name(whole)
    }

    /// The prefecture or municipality set small straight over `title`, a local body's own
    /// name without it (`ガス水道局`, `警察本部`): `上越市` over `ガス水道局` names 上越市ガス水道局,
    /// as its letterhead would. Not over a name that is itself a place (`札幌市` under `北海道`)
    /// nor over a national body's (`関東地方整備局` under `国土交通省` names no local body).
    static func localParent(of title: TextLine, among lines: [TextLine]) -> String? {
        let text = Normalized.compact(title.text)
        guard !localEndings.contains(where: text.hasSuffix), localBodyEndings.contains(where: text.hasSuffix) else { return nil }
        let above = lines.filter {
            $0.orientation == .horizontal && $0.box.y1 <= title.box.y0 + 1 && title.box.y0 - $0.box.y1 <= title.box.height
                && min($0.box.x1, title.box.x1) > max($0.box.x0, title.box.x0) && stature($0) < stature(title)
        }
        guard let line = above.max(by: { $0.box.y1 < $1.box.y1 }), case let parent = Normalized.compact(line.text),
            localEndings.contains(where: parent.hasSuffix), name(parent) == parent
        else { return nil }
        return parent
    }

    /// The words a prefecture's or a municipality's own bodies end in: a bureau, a board, its
    /// police, a public enterprise.
    static let localBodyEndings = ["局", "委員会", "警察本部", "消防本部", "企業団", "公社"]

    /// The name set over a document's title that stands alone as the cover's largest line
    /// (`北九州市` in 15 pt straight over `職員採用ガイド` in 26 pt): the line nearest above it,
    /// sharing some of its width and within its height of it, when that line is a name. A
    /// masthead names its publisher above the document's title as a letterhead does; a date
    /// set at the page's other edge on the name's baseline (`令和8年4月発行`) shares no width.
    static func nameAbove(_ title: TextLine, among lines: [TextLine]) -> String? {
        let above = lines.filter {
            $0.orientation == .horizontal && $0.box.y1 <= title.box.y0 + 1 && title.box.y0 - $0.box.y1 <= title.box.height
                && min($0.box.x1, title.box.x1) > max($0.box.x0, title.box.x0)
        }
        return above.max(by: { $0.box.y1 < $1.box.y1 }).flatMap { name(Normalized.compact($0.text)) }
    }

    /// How large a line stands: its type size, or for a horizontal line the height of its box
    /// when taller. A masthead's name in 30 pt before the document's title in 18 pt on one
    /// baseline (`京都市職員採用案内`) is measured by its more numerous glyphs, 18 pt, and
    /// would lose to a key figure in 24 pt (`43%`); its box stands the name's full 30 pt.
    static func stature(_ line: TextLine) -> Double {
        line.orientation == .horizontal ? max(line.fontSize, line.box.height) : line.fontSize
    }

    /// The longest start of `text` that is a name (`理化学研究所` of `理化学研究所事務職・技術職採用案内`):
    /// under a legal form the line is the body's name, which may run on into the document's
    /// title set on its baseline.
    static func leadingName(_ text: String) -> String? {
        var end = text.endIndex
        while end > text.startIndex {
            if let found = name(String(text[..<end])) { return found }
            end = text.index(before: end)
        }
        return nil
    }

    /// What a brochure calls itself after its publisher's name, longest first.
    static let documentTitles = ["職員採用案内", "職員採用ガイド", "採用案内", "採用ガイド"]

    /// A compacted title without the year its edition adds after it (`…職員採用案内 2026`):
    /// what is left ends in the document's title.
    static func withoutEditionYear(_ text: String) -> String {
        let digits = text.unicodeScalars.reversed().prefix { $0.properties.numericType != nil && $0.isASCII }.count
        guard digits == 4, text.unicodeScalars.count > 4 else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.dropLast(4)))
    }

    /// `text` when it is one name: three to twenty kanji and katakana (`カジノ管理委員会`;
    /// `ヶ`, `・`, `々`, `ー`), no hiragana sentence, ending in one of `endings`; or a city named
    /// by one kanji (`堺市`, `津市`), the only body whose name may be two characters (not a
    /// word referring to a city, `本市`, `各市`, nor `都市`).
    static func name(_ text: String) -> String? {
        // Its Latin abbreviation in brackets after it (`宇宙航空研究開発機構(JAXA)`) is not part of it.
        var text = withoutReadings(text)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("),
            case let inner = text[text.index(after: open)..<text.index(before: text.endIndex)],
            !inner.isEmpty, inner.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "-") })
        {
            text = String(text[..<open])
        }
        // Nor its parent body's name (`佐伯河川国道事務所（九州地方整備局）`): the body publishing
        // is the one before the brackets, the parent only says whose it is.
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex,
            case let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)]), !inner.contains("("),
            name(inner) != nil
        {
            text = String(text[..<open])
        }
        let scalars = text.unicodeScalars
        if scalars.count == 2, text.hasSuffix("市"), let first = scalars.first, !"本当同各他都全".unicodeScalars.contains(first) {
            return (0x4E00...0x9FFF).contains(first.value) ? text : nil
        }
        guard (3...20).contains(scalars.count), endings.contains(where: { text.hasSuffix($0) }) else { return nil }
        return isCoverName(Array(scalars)) ? text : nil
    }

    /// `text` without the readings printed in brackets after its kanji (`柳泉園(りゅうせんえん)組合`
    /// → `柳泉園組合`): a bracket of hiragana only after a kanji spells the word before it out,
    /// as ruby would, and is no part of the name.
    static func withoutReadings(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            let inner = rest[rest.index(after: open)...].prefix { Script.isHiragana($0) || $0 == "ー" }
            let before = open > rest.startIndex ? rest[rest.index(before: open)] : out.last
            if inner.count >= 2, inner.endIndex < rest.endIndex, rest[inner.endIndex] == ")", let before, Script.isKanji(before) || before == "々" {
                out += rest[..<open]
                rest = rest[rest.index(after: inner.endIndex)...]
            } else {
                out += rest[...open]
                rest = rest[rest.index(after: open)...]
            }
        }
        return out + rest
    }

    /// A character of a name: a kanji, a katakana, or `々`, `ヶ`, `・`, `ー`.
    static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0x30A1...0x30FA).contains(s.value)
            || "々ヶ・ー".unicodeScalars.contains(s)
    }

    /// Whether `scalars` are a name's, but for a word spelt in hiragana inside it, two to four
    /// kana between kanji or katakana (`国立がん研究センター`, `鳥取中部ふるさと広域連合`). A greeting or a slogan opens with
    /// kana or joins its words with them (`ようこそ宮内庁`, `まちの未来都市`, `未来をつくる市`,
    /// `私たちの居場所`: kana ending in the particle `の` join two words, whatever their length);
    /// a name spelt in kana from its start (`さいたま市`) is not told from them, and is left out.
    /// (Only for the cover's title: elsewhere a name's test stays `isNameScalar`.)
    static func isCoverName(_ scalars: [Unicode.Scalar]) -> Bool {
        var run = 0
        for (i, s) in scalars.enumerated() {
            if (0x3041...0x3096).contains(s.value) {
                guard i > 0 else { return false }
                run += 1
            } else {
                // (A word of four kana too, `鳥取中部ふるさと広域連合`, when no particle opens it:
                // `未来をつくる市` joins two words.)
                let word = (2...3).contains(run) || (run == 4 && !"をがにではへともの".unicodeScalars.contains(scalars[i - 4]))
                guard isNameScalar(s), run == 0 || (word && scalars[i - 1] != "の") else { return false }
                run = 0
            }
        }
        return run == 0
    }
}
