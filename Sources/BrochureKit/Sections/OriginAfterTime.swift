/// A route printed with the way first and where it starts in brackets after it:
/// `車で約10分（JR常磐線いわき駅から）`, `徒歩約8分（長野電鉄長野線小布施駅から）`.
///
/// Read as the usual order, the station then the way on (`JR常磐線いわき駅から車で約10分`), so
/// the route's station, lines and walking time are found where every other route has them.
enum OriginAfterTime {
    /// The ways a route's time is said to be covered, or the time itself, at the line's start.
    static let leads = ["徒歩", "車", "バス", "タクシー", "自転車", "電車", "約"]

    /// `text` (compacted) with a trailing `(…駅から)` moved before the rest; `text` otherwise.
    static func reordered(_ text: String) -> String {
        guard text.last == ")", let open = text.lastIndex(of: "("), open > text.startIndex,
            case let head = String(text[..<open]), leads.contains(where: head.hasPrefix) || head.first?.isNumber == true,
            case let origin = String(text[text.index(after: open)..<text.index(before: text.endIndex)]),
            origin.hasSuffix("から") || origin.hasSuffix("より"), BareStation.namesStop(origin)
        else { return text }
        return origin + head
    }
}
