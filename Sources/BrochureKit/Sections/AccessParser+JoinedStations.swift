/// Two stations joined before the one way on from them: of two operators by `・`
/// (`JR札幌駅・地下鉄さっぽろ駅から徒歩約5分`), or two of one line by `または`
/// (`地下鉄東西線薬師堂駅または卸町駅から徒歩約15分`).
extension AccessParser {
    /// The words that join a second station the way on is told from as well.
    static let stationJoints = ["駅・", "駅または", "駅又は", "駅もしくは"]

    /// `text` (a route line, compacted) as one line per station when a station (`…駅`) is
    /// joined to a second one that leads on (`から`, then a time or a distance): the first
    /// takes the second's way on. Otherwise `text` alone. (`・` inside a line's list,
    /// `丸ノ内線・日比谷線…駅`, follows no station and parts nothing.)
    ///
    /// A second station joined by `または` that names no line of its own (no line word nor
    /// operator before its `駅`: `JR`, `地下鉄` are line words) is on the first's
    /// (two stops of one line, either a short walk): it takes the first's lines too, so a
    /// reader sees which line reaches it.
    static func joinedStations(_ text: String) -> [String] {
        guard text.contains("駅"), let joint = stationJoints.lazy.compactMap({ text.range(of: $0) }).first else { return [text] }
        var second = String(text[joint.upperBound...])
        guard BareStation.namesStop(second), let from = second.range(of: "から"), BareStation.leadsOn(String(second[from.lowerBound...])),
            !BareStation.namesStop(String(second[from.lowerBound...]))
        else { return [text] }
        let first = String(text[..<text.index(after: joint.lowerBound)]) + second[from.lowerBound...]
        if !text[joint].hasSuffix("・"), let lines = linesBeforeStation(first),
            let stop = BareStation.nextStop(in: second, from: second.startIndex),
            BareStation.endOfLastLineWord(second[..<stop.start]) == nil
        {
            second = lines + second
        }
        return [first, second]
    }

    /// What names the lines before the station of `route` (`仙台市地下鉄東西線` of
    /// `仙台市地下鉄東西線薬師堂駅から…`), its name in 『』 or bare; nil when nothing comes before it.
    static func linesBeforeStation(_ route: String) -> String? {
        let start: String.Index
        if let open = route.firstIndex(of: "『") {
            start = open
        } else if let found = BareStation.find(in: [route]) {
            start = found.range.lowerBound
        } else {
            return nil
        }
        let lines = String(route[..<start])
        return lines.isEmpty || BareStation.endOfLastLineWord(Substring(lines)) == nil ? nil : lines
    }
}
