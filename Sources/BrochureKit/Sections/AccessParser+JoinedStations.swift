/// Two stations joined before the one way on from them: of two operators by `・`
/// (`JR札幌駅・地下鉄さっぽろ駅から徒歩約5分`), or either of two by `または`
/// (`地下鉄東西線薬師堂駅または卸町駅から徒歩約15分`); or two whole routes on one line, parted by a
/// slash (`…北四番丁駅から徒歩約8分／東西線大町西公園駅から徒歩約12分`).
extension AccessParser {
    /// `text` (a route line, compacted) as one line per route when slashes part whole routes,
    /// each naming a stop and the way on from it (`から`, then a time or a distance); otherwise
    /// `text` alone. (A slash inside one route, `徒歩5分/バス10分`, leaves a part with no stop.)
    static func slashedRoutes(_ text: String) -> [String] {
        guard text.contains("/") || text.contains("／") else { return [text] }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "／" }).map(String.init)
        guard parts.count >= 2, parts.allSatisfy({ part in
            BareStation.namesStop(part) && part.range(of: "から").map { BareStation.leadsOn(String(part[$0.lowerBound...])) } == true
        }) else { return [text] }
        return parts
    }

    /// The words that join a second station the way on is told from as well.
    static let stationJoints = ["駅・", "駅または", "駅又は", "駅もしくは"]

    /// `text` (a route line, compacted) as one line per station when a station (`…駅`) is
    /// joined to a second one that leads on (`から`, then a time or a distance): the first
    /// takes the second's way on. Otherwise `text` alone. (`・` inside a line's list,
    /// `丸ノ内線・日比谷線…駅`, follows no station and parts nothing.)
    ///
    /// A second station joined by `または` that names no line of its own is set in 『』: read
    /// bare, its name would open no route. It takes none of the first's lines: either stop
    /// may be on another line (`南北線仙台駅またはあおば通駅`, the second on JR), and no line is
    /// better than a wrong one.
    static func joinedStations(_ text: String) -> [String] {
        guard text.contains("駅"), let joint = stationJoints.compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return [text] }
        // (A second station's reading in brackets, `権堂（ごんどう）駅`, is no part of its name.)
        var second = BareStation.withoutReading(String(text[joint.upperBound...]))
        guard BareStation.namesStop(second), let from = second.range(of: "から"), BareStation.leadsOn(String(second[from.lowerBound...])),
            !BareStation.namesStop(String(second[from.lowerBound...]))
        else { return [text] }
        let first = String(text[..<text.index(after: joint.lowerBound)]) + second[from.lowerBound...]
        if !text[joint].hasSuffix("・"), let stop = BareStation.nextStop(in: second, from: second.startIndex),
            case let name = second[..<stop.start], (1...12).contains(name.count), name.allSatisfy(BareStation.isNameCharacter),
            BareStation.endOfLastLineWord(name) == nil,
            // (An operator opening it, by its Latin initials or its kana nickname, `MR佐世保中央`,
            // `ことでん瓦町`, names its line as `BareStation` reads it.)
            BareStation.afterLatinOperator(name) == nil, BareStation.afterKanaWord(name) == nil
        {
            second = "『" + name + "』" + second[stop.start...]
        }
        // (A third station joined to the second, `…駅または地下鉄長町駅・長町南駅から`, parts it in turn.)
        return [first] + joinedStations(second)
    }
}
