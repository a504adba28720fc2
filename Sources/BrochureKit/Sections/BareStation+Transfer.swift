/// A route that changes trains: `JR中央線立川駅で多摩モノレールに乗り換え、立飛駅下車`.
///
/// A route naming a change names the station where the passenger changes first and the one
/// where they get off after the word for the change (`乗り換え`, `乗換`): the route leads from
/// the last station, the one it alights at, to the building. The change station is only a
/// stop on the way (and often another route's own station), so it is passed over, and the
/// station's name after the change starts after the word and its connective (`、`, `て`),
/// not at a line's name read back over the kana of the sentence (`モノレールに乗り換えて…`).
extension BareStation {
    /// The words for changing trains, as printed.
    static let transferWords = ["乗り換え", "乗換え", "乗換", "乗りかえ", "のりかえ"]

    /// What may join the word for the change to the next station's name.
    static let transferConnectives: Set<Character> = ["、", "，", ",", "て", " "]

    /// Whether the route after a stop (`rest`, from the stop word's end) changes trains before
    /// naming its next stop: the stop is where the passenger changes, not the route's station.
    static func changesAfter(_ rest: String) -> Bool {
        guard let next = nextStop(in: rest, from: rest.startIndex) else { return false }
        let between = rest[..<next.start]
        return transferWords.contains { between.contains($0) }
    }

    /// Where a station's name starts after the word for a change and its connective in `text`
    /// (what stands before the stop word): nil when `text` names no change, or when what
    /// follows the change holds no name character.
    static func afterTransfer(_ text: Substring) -> String.Index? {
        let ends = transferWords.compactMap { text.range(of: $0, options: .backwards)?.upperBound }
        guard var index = ends.max() else { return nil }
        while index < text.endIndex, transferConnectives.contains(text[index]) { index = text.index(after: index) }
        guard index < text.endIndex, text[index...].allSatisfy(isNameCharacter) else { return nil }
        return index
    }
}
