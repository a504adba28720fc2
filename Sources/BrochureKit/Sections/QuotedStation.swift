/// A station printed in 「」 as brochures print bus stops: `小田急線・JR横浜線「町田」駅から徒歩8分`.
///
/// Most brochures set the station in 『』 and a bus stop in 「」 (`…バス「市役所前」下車`), so the
/// route reader takes its station from 『』 alone. Some set the station in 「」 too. What tells it
/// from a bus stop is the text around it: the stop word follows the closing bracket at once
/// (`「町田」駅`, a tram's `「県庁前」電停`), and a railway line's or operator's name stands right
/// before the opening one (`…線「`, `JR「`, `地下鉄「`, or `…線ほか「` for other lines stopping
/// there too). A bus's stop has neither: it follows `バス` or `…行き` and is followed by `下車`
/// or `停留所`, or carries `駅` inside its brackets with no line's name before them (`「町田駅」行き`:
/// after one, `JR奥羽本線「大館駅」から`, the station is named with its stop word); and a leg ridden by bus
/// since its last stop (`市バス北線「本町」駅前`) names no railway station even after a `…線`;
/// nor does a train's name in 「」 after its line (`JR港線「快速」で…`), no stop word after it.
/// Such a station is marked as one in 『』, so every later step reads it as it reads those.
enum QuotedStation {
    /// The longest name taken from 「」, as `BareStation.find` takes one before `駅`.
    static let longestName = 12

    /// `text` (compacted) with each railway station printed in 「」 set in 『』 instead:
    /// `小田急線・JR横浜線「町田」駅…` → `小田急線・JR横浜線『町田』駅…`. Bus stops in 「」 stay.
    static func marked(_ text: String) -> String {
        // (Most lines quote nothing: a scan for the bracket first.)
        guard text.contains("「") else { return text }
        var out = ""
        var from = text.startIndex
        while let open = text[from...].firstIndex(of: "「") {
            let inside = text.index(after: open)
            guard let close = text[inside...].firstIndex(of: "」") else { break }
            out += text[from..<open]
            let isStation = isStationName(text[inside..<close]) && (isStopWord(after: close, in: text)
                && isLineBefore(text[..<open]) || opensRoute(after: close, in: text, before: text[..<open]))
            // (Or the stop word inside the brackets, after a line's name: `JR奥羽本線「大館駅」から…`;
            // not a bus's destination, `「町田駅」行き`.)
            let named = text[inside..<close].hasSuffix("駅") ? text[inside..<text.index(before: close)] : nil
            if !isStation, let named, isStationName(named), isLineBefore(text[..<open]), !text[text.index(after: close)...].hasPrefix("行") {
                out += "『" + named + "』駅"
                from = text.index(after: close)
                continue
            }
            out += isStation ? "『" + text[inside..<close] + "』" : text[open...close]
            from = text.index(after: close)
        }
        return out + text[from...]
    }

    /// Whether a bus stop in 「」 opens a route of its own: `バス停` or `停留所` after it, then
    /// `から` and a time on foot (`「中通一丁目」バス停から徒歩で約3分`), its clause (`head` since
    /// the last `、`) naming no station before it: a leg by bus after a station is no route's start.
    static func opensRoute(after close: String.Index, in text: String, before head: Substring) -> Bool {
        let rest = text[text.index(after: close)...]
        guard let word = ["バス停", "停留所"].first(where: { rest.hasPrefix($0) }), rest.dropFirst(word.count).hasPrefix("から"),
            rest.contains("分")
        else { return false }
        let clause = head.lastIndex(of: "、").map { head[head.index(after: $0)...] } ?? head
        return !BareStation.namesStop(String(clause))
    }

    /// Whether the bracketed `name` may be a station's: name characters only, not too long.
    static func isStationName(_ name: Substring) -> Bool {
        (1...longestName).contains(name.count) && name.allSatisfy(BareStation.isNameCharacter)
    }

    /// Whether a stop word (`駅`, `電停`) follows the closing bracket at `close` at once.
    static func isStopWord(after close: String.Index, in text: String) -> Bool {
        let rest = text[text.index(after: close)...]
        return BareStation.stopWords.contains { rest.hasPrefix($0) }
    }

    /// Whether `head`, the text before the opening bracket, ends in a railway line's or an
    /// operator's name (`…線`, `JR`), maybe followed by a word for other lines (`ほか`), and
    /// rides no bus since it last named a stop.
    static func isLineBefore(_ head: Substring) -> Bool {
        var end = head.endIndex
        for word in BareStation.otherLinesWords where head.hasSuffix(word) {
            end = head.index(end, offsetBy: -word.count)
        }
        guard BareStation.endOfLastLineWord(head[..<end]) == end else { return false }
        guard let bus = head.range(of: "バス", options: .backwards) else { return true }
        return BareStation.namesStop(String(head[bus.upperBound...]))
    }
}
