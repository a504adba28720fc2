/// An airport or a port opening a route where a station would: `八丈島空港から車で約5分`, or in
/// the written style of formal notices, `両津港より車で約20分`.
///
/// An island's office is reached by air or by sea, and its brochure names the airport or the
/// port the way a city's names the station, at the head of each route, then how far it is
/// (`二見港から徒歩5分`). Its name runs from the route's start to `空港` or `港` right before
/// `から`, in name characters only; a time after it makes it a route (a note on the crossing,
/// `東京（竹芝）から大型客船で約10時間`, names no terminal before `から`). Such a terminal is marked
/// as a station in 『』, `『八丈島空港』から車で約5分`, so every later step reads it as it reads
/// those; a car's or a ship's time is no walk, and gives no walking minutes.
enum TerminalStop {
    /// The words a terminal's name ends in: a port's or an airport's, a bus terminal's
    /// (`那覇バスターミナル`, `広島バスセンター`), a heliport's.
    /// (An expressway's interchange too, `道東自動車道本別ICから車で約5分`, the town's way in by
    /// car: its name after the road's, `本別IC`.)
    static let terminals = ["港", "ターミナル", "バスセンター", "ヘリポート", "IC", "インターチェンジ"]

    /// The words a road's name ends in, before its interchange's name.
    static let roads = ["自動車道", "高速道路", "道路", "バイパス", "有料道路"]
    /// The words alone, naming no terminal (`空港から…`).
    static let bareWords: Set<String> = ["空港", "ターミナル", "バスターミナル", "バスセンター", "ヘリポート", "IC", "インターチェンジ"]

    /// `text` (compacted, its list marker dropped) with the terminal opening it set in 『』.
    static func marked(_ text: String) -> String {
        // (Most route lines name a station: a scan for the terminals' words first.)
        guard terminals.contains(where: { text.contains($0) }),
            let from = text.range(of: "から") ?? text.range(of: "より")
        else { return text }
        var name = text[..<from.lowerBound]
        let start = name
        if let road = roads.lazy.compactMap({ start.range(of: $0, options: .backwards) }).max(by: { $0.upperBound < $1.upperBound }),
            road.upperBound < name.endIndex
        {
            name = name[road.upperBound...]
        }
        // (`空港` ends in `港` too; the word alone names no airport: `bareWords`.)
        guard (2...QuotedStation.longestName).contains(name.count), terminals.contains(where: { name.hasSuffix($0) }),
            !bareWords.contains(String(name)),
            name.allSatisfy(BareStation.isNameCharacter), text[from.upperBound...].contains("分")
        else { return text }
        return String(start[..<name.startIndex]) + "『" + name + "』" + text[from.lowerBound...]
    }
}
