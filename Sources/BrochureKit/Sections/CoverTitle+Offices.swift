/// A body's name joined on its cover to the offices under it: `熊本国税局・税務署`.
extension CoverTitle {
    /// The kinds of office a body names after itself on its cover, as those it recruits for
    /// too (a regional taxation bureau and its tax offices, a bureau and its offices).
    static let subordinateOffices: Set<String> = ["税務署", "各税務署", "事務所", "各事務所", "出張所", "支所", "支局", "支署", "分室", "各署"]

    /// The body's own name when `text` is a name, then `・`, then only a kind of office it
    /// oversees: those offices are its own, and the name is the publisher's.
    static func nameBeforeOffices(_ text: String) -> String? {
        guard let dot = text.lastIndex(of: "・"), subordinateOffices.contains(String(text[text.index(after: dot)...])) else { return nil }
        return name(String(text[..<dot]))
    }
}
