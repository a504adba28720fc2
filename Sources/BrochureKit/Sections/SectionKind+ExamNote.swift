extension SectionKind {
    /// `title` without the note in brackets that closes it when the note names an exam or a
    /// post (`2026年度採用予定（総合職）` → `2026年度採用予定`, `令和8年度採用予定数（大学卒業程度）`);
    /// `title` as it is otherwise.
    ///
    /// A heading of the hires planned often names the exam they are for in brackets after
    /// its words; the words still end where they would without it. A unit (`（人）`, `（単位：名）`)
    /// is no such note: a table's caption carries it, so it is kept and the title stays a caption.
    /// Nor is a remark in words (`（女性の内訳は未定）`, kana in it): an exam or a post is named
    /// in kanji, letters and figures.
    static func droppingExamNote(_ title: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let close = title.last, close == ")" || close == "）",
            let open = title.lastIndex(where: { $0 == "(" || $0 == "（" }), open > 0, title.count - open - 2 >= 2,
            case let inner = title[(open + 1)..<(title.count - 1)],
            !inner.contains(where: { "人名単位()（）".unicodeScalars.contains($0) || (0x3041...0x309F).contains($0.value) })
        else { return title }
        return Array(title[..<open])
    }
}
