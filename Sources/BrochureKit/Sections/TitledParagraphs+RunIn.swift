/// A marked item whose title runs into its text on one line.
extension TitledParagraphs {
    /// The title and text of a line opening with an item's marker and running its text on after
    /// a colon (`◆ノー残業デー：毎週水曜日は…。`): a short title (no full stop), then a sentence.
    /// Nil for any other line, a marked title with its period after a colon among them (no full stop after it).
    static func runInTitle(_ text: String) -> (title: String, text: String)? {
        guard startsWithMarker(text), let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let title = cleanTitle(String(text[..<colon]))
        let rest = String(text[text.index(after: colon)...])
        guard !startsWithMarker(title), (2...20).contains(title.count), !title.contains("。"), rest.contains("。") else { return nil }
        return (title, rest)
    }
}
