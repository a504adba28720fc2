/// Two stations of two operators joined by `・` before the one way on from them:
/// `JR札幌駅・地下鉄さっぽろ駅から徒歩約5分`.
extension AccessParser {
    /// `text` (a route line, compacted) as one line per station when a station (`…駅`) is
    /// joined by `・` to a second one that leads on (`から`, then a time or a distance): the
    /// first takes the second's way on. Otherwise `text` alone. (`・` inside a line's list,
    /// `丸ノ内線・日比谷線…駅`, follows no station and parts nothing.)
    static func joinedStations(_ text: String) -> [String] {
        guard let joint = text.range(of: "駅・") else { return [text] }
        let second = String(text[joint.upperBound...])
        guard BareStation.namesStop(second), let from = second.range(of: "から"), BareStation.leadsOn(String(second[from.lowerBound...])),
            !BareStation.namesStop(String(second[from.lowerBound...]))
        else { return [text] }
        let first = String(text[..<text.index(after: joint.lowerBound)]) + second[from.lowerBound...]
        return [first, second]
    }
}
