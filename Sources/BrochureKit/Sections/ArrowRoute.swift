/// A route drawn as a chain of arrows: `神津島港 →（徒歩 約5分）→ 村役場`.
///
/// A village's brochure draws the way from the port or the airport to its office as the two
/// places and what lies between them: the first place is where the route starts, the bracket
/// after its arrow how and how long, the last place the office itself. Read as a sentence the
/// chain names no station (no 『』, no `から`), so it is rewritten as the sentence it stands
/// for, `『神津島港』から徒歩約5分`, which every later step reads as a printed one. Only the
/// first leg is kept: later legs start at places on the way, not at a station.
enum ArrowRoute {
    /// The arrows a chain is drawn with.
    static let arrows: Set<Character> = ["→", "⇒", "➡", "➔", "⟶"]

    /// `text` (compacted, its list marker dropped) as a sentence naming its first place in
    /// 『』, when it is a chain whose first leg gives a time; otherwise `text`.
    static func marked(_ text: String) -> String {
        guard let arrow = text.firstIndex(where: { arrows.contains($0) }) else { return text }
        var name = text[..<arrow]
        let leg = text[text.index(after: arrow)...].drop { $0 == " " }
        guard let open = leg.first, "(（".contains(open), let close = leg.firstIndex(where: { ")）".contains($0) }) else { return text }
        let how = leg[leg.index(after: leg.startIndex)..<close]
        // (A station is quoted without its `駅`, as printed sentences quote it.)
        let station = name.hasSuffix("駅") ? "駅" : ""
        if !station.isEmpty { name = name.dropLast() }
        guard (2...QuotedStation.longestName).contains(name.count), name.allSatisfy(BareStation.isNameCharacter),
            how.contains("分"), how.count <= 12
        else { return text }
        return "『" + name + "』" + station + "から" + how
    }

    /// Whether `text` (compacted) goes on with the chain the line above starts: it opens with
    /// an arrow and then a leg's bracket, as when the places stand on a line of their own over
    /// their legs. (An arrow marking a list's item, `→東京メトロ銀座線…`, opens a line of its own.)
    static func continues(_ text: String) -> Bool {
        guard let first = text.first, arrows.contains(first) else { return false }
        return text.dropFirst().drop { $0 == " " }.first.map { "(（".contains($0) } ?? false
    }
}
