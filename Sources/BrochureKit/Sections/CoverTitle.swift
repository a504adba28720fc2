/// Reads the cover's title as an organisation's name when it has the shape of one.
///
/// The closed list of known names keeps fragments out of the counts, but a publisher missing
/// from it (a commission, a special organ, a research institute) still prints its own name
/// as the largest line of its cover: a run of kanji ending in the word for what it is.
enum CoverTitle {
    /// The words an organisation's name ends in: ministry, agency, board, commission,
    /// headquarters, tribunal, institute, bureau.
    static let endings = ["省", "庁", "院", "委員会", "本部", "審判所", "研究所", "局"]

    /// The first page's largest line when it is an organisation's name, else nil.
    static func organization(_ layout: DocumentLayout) -> String? {
        let lines = (layout.pages.first?.blocks ?? []).filter { !$0.isFurniture }.flatMap(\.lines)
        guard let title = lines.max(by: { $0.fontSize < $1.fontSize }) else { return nil }
        return name(Normalized.compact(title.text))
    }

    /// `text` when it is one name: three to sixteen kanji and katakana (`カジノ管理委員会`;
    /// `ヶ`, `・`, `々`, `ー`), no hiragana sentence, ending in one of `endings`.
    static func name(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        guard (3...16).contains(scalars.count), endings.contains(where: { text.hasSuffix($0) }) else { return nil }
        let ideograph: (Unicode.Scalar) -> Bool = { s in
            (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0x30A1...0x30FA).contains(s.value)
                || "々ヶ・ー".unicodeScalars.contains(s)
        }
        return scalars.allSatisfy(ideograph) ? text : nil
    }
}
