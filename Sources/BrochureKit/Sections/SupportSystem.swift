/// A support system (両立支援制度) with the durations its description gives.
public struct SupportSystem: Sendable, Hashable, Codable {
    public var name: String
    public var summary: String
    public var durations: [DurationMention]
    public var page: Int
    public var provenance: Provenance?

    public init(name: String, summary: String, durations: [DurationMention], page: Int, provenance: Provenance? = nil) {
        self.name = name
        self.summary = summary
        self.durations = durations
        self.page = page
        self.provenance = provenance
    }

    /// A name with its period in brackets after it (`育児休業（子が3歳に達するまで）`,
    /// `配偶者出産休暇（2日）`) → the name and the period: a reader looks the system up by its
    /// name, and the period is what the text around it would say.
    static func splitPeriod(_ title: String) -> (name: String, period: String?) {
        // Set apart on the name's line (`育児参加のための休暇　5日`, a pill beside the name).
        let spaced = Normalized.text(title).trimmingWhitespace()
        if let gap = spaced.lastIndex(where: { $0 == " " || $0 == "\u{3000}" }) {
            // (A dash may join the two, `育児休業 ― 子が3歳に達するまで`: no part of the name.)
            var head = Normalized.compact(String(spaced[..<gap]))
            while let last = head.last, Self.dashes.contains(last) || last == " " { head.removeLast() }
            let tail = Normalized.compact(String(spaced[spaced.index(after: gap)...]))
            if !head.isEmpty, isPeriod(tail) { return (head, tail) }
        }
        // In round brackets or tortoise-shell ones (`育児休業〔子が三歳に達するまで〕`); the
        // period may hold a pair of its own (`子の看護休暇（年5日（子が2人以上は10日））`).
        let compact = Normalized.compact(title)
        // Its name in lenticular brackets, the period run on after them (`【育児休業】子が3歳に達するまで`).
        // (Not a field's label, `【期間】子が3歳になるまで` (`TitledParagraphs.fieldWords`): the line is a period, under its name.)
        if compact.first == "【", let close = compact.firstIndex(of: "】") {
            let name = String(compact[compact.index(after: compact.startIndex)..<close])
            let rest = String(compact[compact.index(after: close)...])
            // A category over an item that names its own period (`【育児】子の看護休暇（年5日）`): the item.
            if !rest.isEmpty, case let item = splitPeriod(rest), item.period != nil, !isPeriod(item.name) { return item }
            if !name.isEmpty, !TitledParagraphs.fieldWords.contains(name), rest.isEmpty || isPeriod(rest) { return (name, rest.isEmpty ? nil : rest) }
            // The period in the brackets, the name after them (`【最大3年】育児休業`).
            if !rest.isEmpty, isPeriod(name), !isPeriod(rest) { return (rest, name) }
        }
        if let split = splitAtSeparator(compact) { return split }
        // (Or lenticular ones closing the line, `育児休業【子が3歳に達するまで】`.)
        // (Or square or angle ones, `育児休業［子が3歳に達するまで］`, `…＜小学校就学前まで＞`.)
        let pairs: [Character: Character] = [")": "(", "〕": "〔", "】": "【", "]": "[", "］": "［", ">": "<", "＞": "＜"]
        guard let close = compact.last, let pair = pairs[close],
            let open = matchingOpen(compact, open: pair, close: close), open > compact.startIndex
        else { return (compact, nil) }
        let inner = String(compact[compact.index(after: open)..<compact.index(before: compact.endIndex)])
        // (Or the hours it lets one choose from, a range of hours in brackets after the name,
        // `早出遅出勤務（始業7時30分～10時30分）`: when the system applies. Only there: a column of
        // hours beside names, `勤務時間 | 8時30分～17時15分`, is a timetable, not periods.)
        guard isPeriod(inner) || ContactAsides.hasHourRange(inner) else { return (withoutShortName(compact), nil) }
        return (withoutShortName(String(compact[..<open])), inner)
    }

    /// `name` without the short name in brackets closing it (`育児休業（育休）`, `育児短時間勤務（時短）`,
    /// compacted): a reader looks the system up by its full name. Short: up to four
    /// characters, each one of the name's, which is at least as long again, taken from apart
    /// in it: a run of the name (`産前産後休暇（産後）`, `早出遅出勤務（早出）`) says which part of
    /// the system is meant.
    static func withoutShortName(_ name: String) -> String {
        guard name.last == ")", let open = name.lastIndex(of: "(") else { return name }
        let full = name[..<open], short = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard short.count <= 4, full.count >= 2 * short.count, short.allSatisfy(full.contains), !full.contains(short) else { return name }
        return String(full)
    }

    /// A name, then a colon, a slash or a dash and its period (`育児休業：子が3歳に達するまで`,
    /// `介護休暇／通算6か月`, `育児休業―子が3歳に達するまで`; compacted): the two; nil for a field (`期間：年5日`) or any other text.
    static func splitAtSeparator(_ compact: String) -> (name: String, period: String)? {
        guard let separator = compact.firstIndex(where: { $0 == ":" || $0 == "/" || dashes.contains($0) }) else { return nil }
        let name = String(compact[..<separator]), rest = String(compact[compact.index(after: separator)...])
        guard (2...16).contains(name.count), !name.contains(where: \.isNumber), !TitledParagraphs.fieldWords.contains(name), isPeriod(rest)
        else { return nil }
        return (name, rest)
    }

    /// The dashes that may set a period after its name (`育児休業―子が3歳に達するまで`).
    /// (A wave dash too, `育児休業 ～ 子が3歳に達するまで`, normalised to `~`; or an arrow,
    /// `育児休業 → 子が3歳に達するまで`, pointing from the name to what it gives.)
    static let dashes: Set<Character> = ["―", "—", "–", "－", "~", "～", "〜", "→", "⇒", "⇨", "➡"]

    /// The bracket that opens the pair closed by `text`'s last character, counting the pairs
    /// nested inside it; nil when the brackets do not balance.
    private static func matchingOpen(_ text: String, open: Character, close: Character) -> String.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index] == close { depth += 1 } else if text[index] == open { depth -= 1 }
            if depth == 0 { return index }
        }
        return nil
    }

    /// A period of leave: a length of time (`2日`, `産前6週間・産後8週間`) or a limit (`…まで`),
    /// or the child's age it runs up to, named by the stage (`小学校就学前`) or the age it stays
    /// under (`3歳未満`): a limit without `まで`.
    static func isPeriod(_ text: String) -> Bool {
        !DurationFinder.find(in: text).isEmpty || ["まで", "以内", "以上", "就学前", "未満"].contains { text.hasSuffix($0) }
    }

    /// Whether a would-be name is a length of time with at most a two-character qualifier
    /// (`最長3年`, `5日以内`, `通算6か月まで`): the value a menu sets right of a system's name,
    /// read apart from it, never the name of a system.
    static func isDurationValue(_ name: String) -> Bool {
        let compact = Normalized.compact(name)
        let mentions = DurationFinder.find(in: compact)
        guard !mentions.isEmpty else { return false }
        let rest = mentions.reduce(compact) { text, mention in text.replacing(mention.text, with: "") }
        return rest.count <= 2
    }
}
