/// A station named without 『』 on a route: `JR長野駅 善光寺口`, `つくばエクスプレスつくば駅 A3出口`,
/// or `東京メトロ丸ノ内線・千代田線` over `国会議事堂前駅 1番出口`.
///
/// Most brochures set the station in 『』, which says where its name starts. Without them the
/// name is what stands before `駅` after the last line's or operator's name (`…線`, `JR`,
/// `…エクスプレス`), or what opens a line of the route when a line was named on a line before
/// (the station set under its line, a list's second row). A name before `駅` is taken only on
/// a route: a line named before it, and an exit or a time after it (`…口`, `…分`, `下車`); a
/// sentence naming a station in passing (`長野駅からバス…`, in brackets) gives none.
enum BareStation {
    /// Where the first station of a route's lines (compacted, markers dropped) is: the line's
    /// index and the name's range in it, `駅` left out.
    static func find(in lines: [String]) -> (line: Int, range: Range<String.Index>)? {
        var lined = false
        for (i, text) in lines.enumerated() {
            var from = text.startIndex
            while let (station, stop) = nextStop(in: text, from: from) {
                from = stop
                let start = nameStart(in: text, before: station)
                let name: Range<String.Index>
                // The station after a change (`乗り換え、立飛駅`), no line named between them.
                if let after = afterTransfer(text[..<station]), after >= start, endOfLastLineWord(text[after..<station]) == nil {
                    name = after..<station
                } else if let after = endOfLastLineWord(text[start..<station]) {
                    // (`奥羽本線の秋田駅`: the particle after the line's name is no part of the station's.)
                    var from = afterOtherLines(text[after..<station])
                    if text[from...].hasPrefix("の"), text.index(after: from) < station { from = text.index(after: from) }
                    // A katakana brand going on in kana (`ハピラインふくい福井`): the kana are the line's.
                    let kana = Script.isKatakana(text[text.index(before: after)]) ? afterKanaWord(text[from..<station]) : nil
                    name = (kana ?? from)..<station
                } else if afterGlossedLine(text[..<start]) {
                    name = start..<station
                } else if let after = afterOrigin(text[start..<station]), text[stop...].hasPrefix("まで") {
                    // The way told from the office to the station (`市役所から桜町駅までは徒歩約10分`).
                    name = after..<station
                } else if start == text.startIndex, let after = afterLatinOperator(text[start..<station]) {
                    // An operator known by its Latin initials opening the route (`MR佐世保中央駅`).
                    name = after..<station
                } else if linesInBrackets(text[stop...]) != nil {
                    // Its lines in brackets after it (`東舞鶴駅（JR舞鶴線）から…`), after a label.
                    name = start..<station
                } else if bracketedLines(in: text[stop...]) != nil {
                    // Its lines in brackets at the route's end (`さいたま新都心駅から徒歩約3分
                    // （JR京浜東北線…）`): the line is named there, so a kana word opening the name
                    // is the station's, not a railway's nickname.
                    name = start..<station
                } else if start == text.startIndex, lined {
                    name = start..<station
                } else if start == text.startIndex, let kana = afterKanaWord(text[start..<station]) {
                    // An operator's nickname in kana opening the route (`ことでん高松築港駅`).
                    name = kana..<station
                } else {
                    continue
                }
                let length = text.distance(from: name.lowerBound, to: name.upperBound)
                let rest = String(text[from...]) + lines[(i + 1)...].joined()
                guard (1...12).contains(length), !nearest.contains(String(text[name])), leadsOn(rest) else { continue }
                // (A station the route changes trains at is passed over for the one after.)
                if changesAfter(rest) { continue }
                return (i, name)
            }
            if endOfLastLineWord(text[...]) != nil { lined = true }
        }
        return nil
    }

    /// The route of `lines` with its station named without 『』, read as `AccessParser.route`
    /// reads one with them: the lines named before the station, its exit and walking time.
    /// Text the layout set between the line's name and the station (`徒歩3分`, a time right-
    /// aligned on the row above) is read after the station.
    static func route(_ given: [String], start: (Int, Rect)?) -> Access.Route? {
        // (A station's reading in brackets before `駅`, `櫛ケ浜（くしがはま）駅`, is no part of its name.)
        let lines = given.map(withoutReading)
        guard let (index, name) = find(in: lines) else { return nil }
        let line = lines[index]
        let before = lines[..<index].joined() + line[..<name.lowerBound]
        // The lines' names end at the last line word; anything after it is no line's.
        let cut = endOfLastLineWord(Substring(before)) ?? before.startIndex
        let after = String(line[(nextStop(in: line, from: name.upperBound)?.end ?? line.index(after: name.upperBound))...]) + lines[(index + 1)...].joined()
        let text = before[..<cut] + "『" + line[name] + "』駅" + after + before[cut...]
        guard var route = AccessParser.route(String(text), start: start) else { return nil }
        route.provenance?.text = lines.joined()
        return route
    }

    /// `text` without a name's reading in brackets right before `駅` (`櫛ケ浜（くしがはま）駅` →
    /// `櫛ケ浜駅`): kana alone, as a brochure glosses a name few can read. (A scan for the
    /// bracket first: most lines have none.)
    static func withoutReading(_ text: String) -> String {
        guard text.contains(where: { $0 == "(" || $0 == "（" }) else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "(" || $0 == "（" }) {
            let inner = rest[rest.index(after: open)...].prefix { Script.isHiragana($0) || $0 == "ー" }
            let close = inner.endIndex
            if !inner.isEmpty, close < rest.endIndex, rest[close] == ")" || rest[close] == "）",
                rest[rest.index(after: close)...].hasPrefix("駅")
            {
                out += rest[..<open]
                rest = rest[rest.index(after: close)...]
            } else {
                out += rest[...open]
                rest = rest[rest.index(after: open)...]
            }
        }
        return out + rest
    }

    /// Where a station's name starts after the place the way is told from (`市役所から`), the
    /// last `から` before it; nil when there is none or nothing follows it.
    static func afterOrigin(_ text: Substring) -> String.Index? {
        guard let from = text.range(of: "から", options: .backwards), from.upperBound < text.endIndex else { return nil }
        return from.upperBound
    }

    /// Where a station's name starts after the operator's Latin initials opening it (`MR佐世保中央`,
    /// `IGR盛岡`): two to five capitals, as `JR` is, then the name in kana or kanji; nil otherwise.
    static func afterLatinOperator(_ text: Substring) -> String.Index? {
        let capitals = text.prefix { $0.isASCII && $0.isUppercase }
        guard (2...5).contains(capitals.count), let next = text.dropFirst(capitals.count).first, !next.isASCII else { return nil }
        return capitals.endIndex
    }

    /// Where the run of name characters ending at `end` starts: kanji, kana and letters, and
    /// figures numbering a street inside it (`西18丁目`, `北24条`: Sapporo's stations), not
    /// figures opening it or counting anything else (`徒歩5分`).
    static func nameStart(in text: String, before end: String.Index) -> String.Index {
        var start = end
        while start > text.startIndex {
            let previous = text.index(before: start)
            if isNameCharacter(text[previous]) {
                start = previous
                continue
            }
            // Figures inside the name: a name character before them, a street's word after them.
            let figures = text[..<start].reversed().prefix { $0.isASCII && $0.isNumber }
            guard !figures.isEmpty, start < end, ["丁目", "条"].contains(where: { text[start..<end].hasPrefix($0) }) else { break }
            let before = text.index(start, offsetBy: -figures.count)
            guard before > text.startIndex, isNameCharacter(text[text.index(before: before)]) else { break }
            start = before
        }
        return start
    }

    /// The words after a stop's name: a station's `駅`, a tram stop's `電停` (`県庁通り電停`).
    static let stopWords = ["駅", "電停"]

    /// Where the next stop word from `from` starts and ends. (A scan for its first character:
    /// most lines name no stop.)
    static func nextStop(in text: String, from: String.Index) -> (start: String.Index, end: String.Index)? {
        var index = from
        while let found = text[index...].firstIndex(where: { $0 == "駅" || $0 == "電" }) {
            for word in stopWords where text[found...].hasPrefix(word) {
                return (found, text.index(found, offsetBy: word.count))
            }
            index = text.index(after: found)
        }
        return nil
    }

    /// Whether `text` names a stop by its word (`駅`, `電停`).
    static func namesStop(_ text: String) -> Bool {
        nextStop(in: text, from: text.startIndex) != nil
    }

    /// Words for the nearest station (`最寄り駅`), a header's or a caption's, no station's name.
    static let nearest: Set<String> = ["最寄り", "最寄", "最寄の", "最寄りの"]

    /// The words that end a line's or an operator's name: the station's name starts after them.
    /// (A city's tram, `鹿児島市電`, names its line as `…電鉄` does: `鹿児島市電郡元電停`; so does
    /// one named a `…電車` after its operator, `富山地方鉄道市内電車県庁前電停`.)
    /// (A monorail known by its brand, `ゆいレール`, names its line as `…モノレール` does; so does a
    /// tram or people mover by its, `ニュートラム`, `ポートラム`.)
    /// (A line run as a bus rapid transit since a disaster, `JR気仙沼線BRT`, names its stops `…駅`
    /// all the same: `BRT` ends the line's name.)
    /// (`鐵道`, `電鐵`: the old form some companies keep in their names, `真岡鐵道`.)
    static let lineWords = ["線", "JR", "エクスプレス", "ライン", "ライナー", "モノレール", "レール", "トラム", "メトロ", "電鉄", "鉄道", "電鐵", "鐵道", "軌道", "地下鉄", "都営", "市電", "電車", "BRT"]

    /// Where the last line word of `text` ends, if it has one. An operator's word straight
    /// after a line's `線` opens the station's name instead (`北松江線電鉄出雲市`: the stop is
    /// `電鉄出雲市`): an operator is named before its lines, never after one.
    static func endOfLastLineWord(_ text: Substring) -> String.Index? {
        var end = text.endIndex
        while end > text.startIndex {
            if let word = lineWords.first(where: { text[..<end].hasSuffix($0) }) {
                let start = text.index(end, offsetBy: -word.count)
                if operatorWords.contains(word), text[..<start].hasSuffix("線") { return start }
                return end
            }
            end = text.index(before: end)
        }
        return nil
    }

    /// The line words that name an operator, not a line.
    static let operatorWords: Set<String> = ["電鉄", "鉄道", "電鐵", "鐵道", "電車"]

    /// Words after a line's name saying other lines stop there too (`丸ノ内線ほか霞ケ関駅`):
    /// part of the lines named, no part of the station's name.
    static let otherLinesWords = ["ほか", "など"]

    /// Where the station's name starts in `name` (what stands between the last line word and
    /// `駅`): after a word for other lines, when a name is left after it.
    static func afterOtherLines(_ name: Substring) -> String.Index {
        for word in otherLinesWords where name.hasPrefix(word) && name.count > word.count {
            return name.index(name.startIndex, offsetBy: word.count)
        }
        return name.startIndex
    }

    /// Whether `text` ends in a line's name glossed in brackets (`沖縄都市モノレール（ゆいレール）`,
    /// compacted to round ASCII brackets): the station's name starts after the gloss as it
    /// would after the name.
    static func afterGlossedLine(_ text: Substring) -> Bool {
        guard text.last == ")", let open = text.lastIndex(of: "(") else { return false }
        return endOfLastLineWord(text[..<open]) == open
    }

    /// What the brackets opening `text` hold, when it names lines (`(JR舞鶴線・京都丹後鉄道)`):
    /// a station's lines, set after its name.
    static func linesInBrackets(_ text: Substring) -> Substring? {
        guard text.first == "(", let close = text.firstIndex(of: ")") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close]
        return inner.split(separator: "・").contains { endOfLastLineWord($0) == $0.endIndex } ? inner : nil
    }

    /// What the first brackets in `text` naming lines hold, wherever they stand in its clause
    /// (`から徒歩約3分(JR京浜東北線・宇都宮線)`; not after a `、`, another station's): the route's
    /// lines, said after the way instead of before the station.
    static func bracketedLines(in whole: Substring) -> Substring? {
        let text = whole.prefix { $0 != "、" }
        var from = text.startIndex
        while let open = text[from...].firstIndex(of: "(") {
            if let lines = linesInBrackets(text[open...]) { return lines }
            from = text.index(after: open)
        }
        return nil
    }

    /// Whether the route goes on from the station as a route does: an exit (`1番出口`, `善光寺口`),
    /// a time (`徒歩3分`, `バス約10分`) or getting off (`下車`).
    /// (Or joins the building: `直結`; or gives the distance from it, `から約800m`, as a town's
    /// brochure gives it for a station a walk or a taxi away.)
    static func leadsOn(_ rest: String) -> Bool {
        rest.contains("口") || rest.contains("分") || rest.contains("下車") || rest.contains("直結") || givesDistance(rest) || givesHours(rest)
    }

    /// Whether `rest` gives a time in hours, figures right before `時間` (`車で約1時間`), as a
    /// village far from a station gives it. (Not `時間` alone: `時間帯`, `営業時間`.)
    static func givesHours(_ rest: String) -> Bool {
        rest.ranges(of: "時間").contains { range in
            range.lowerBound > rest.startIndex && rest[rest.index(before: range.lowerBound)].isNumber
        }
    }

    /// Whether `rest` goes on `から` a distance: figures (a decimal point allowed), `約` or `徒歩`
    /// before them, then `m`, `km`, `メートル` or `キロ` (`から約800m`, `から約2.2km`).
    static func givesDistance(_ rest: String) -> Bool {
        guard let from = rest.range(of: "から") else { return false }
        var tail = rest[from.upperBound...]
        for word in ["徒歩", "約", "およそ"] where tail.hasPrefix(word) { tail = tail.dropFirst(word.count) }
        let figures = tail.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
        guard let first = figures.first, first.isNumber, figures.last?.isNumber == true else { return false }
        let unit = tail.dropFirst(figures.count)
        return ["km", "m", "メートル", "キロ"].contains { unit.hasPrefix($0) }
    }

    /// A character of a station's or line's name: kanji, kana, the long-vowel mark, Latin letters.
    static func isNameCharacter(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        switch scalar.value {
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x4E00...0x9FFF, 0x3005: return true
        default: return scalar.isASCII && scalar.properties.isAlphabetic
        }
    }
}
