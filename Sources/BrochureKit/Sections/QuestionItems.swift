/// Items set as questions and answers (`Q1 育児休業はいつまで取れますか？` / `A 子が3歳に…`):
/// the question's topic names the item, the answer is its text.
///
/// A Q&A page names each support system only inside its question; read as titled paragraphs,
/// every item was called `Q1`, `Q2` … and its text began with the question.
enum QuestionItems {
    /// `item` named by its question's topic when its title is only a question's mark.
    static func named(_ item: TitledParagraphs.Item) -> TitledParagraphs.Item {
        guard isQuestionMark(item.title), let mark = item.text.firstIndex(where: { $0 == "?" || $0 == "？" }) else { return item }
        let question = item.text[..<mark]
        // The topic: the run of kanji and katakana the question opens with, before its particle
        // (`育児休業は…`, `部分休業とは…`, `介護休暇の期間は…`).
        let topic = question.prefix { $0.unicodeScalars.allSatisfy(CoverTitle.isNameScalar) }
        guard topic.count >= 2 else { return item }
        var answer = item.text[item.text.index(after: mark)...]
        // The answer's own mark (`A`, `A.`, `A1`), when read into the text.
        if answer.first == "A", case let rest = answer.dropFirst().drop(while: { $0.isNumber || $0 == "." || $0 == " " }),
            rest.first.map({ !($0.isASCII && $0.isLetter) }) ?? false
        {
            answer = rest
        }
        var named = item
        named.title = String(topic)
        named.spacedTitle = ""
        named.text = String(answer)
        return named
    }

    /// `Q`, `Q1`, `Q.2`, `Q 3`: a question's mark and number, nothing else.
    static func isQuestionMark(_ title: String) -> Bool {
        guard title.first == "Q" else { return false }
        return title.dropFirst().allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == " " } && title.count <= 4
    }
}
