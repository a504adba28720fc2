/// Items set as questions and answers (`Q1 育児休業はいつまで取れますか？` / `A 子が3歳に…`):
/// the question's topic names the item, the answer is its text.
///
/// A Q&A page names each support system only inside its question; read as titled paragraphs,
/// every item was called `Q1`, `Q2` … and its text began with the question. Another names it
/// only in its answer (`Q 子どもが生まれたら…？` / `A 育児休業を、子が3歳に…`): the answer's
/// opening word is then the name, when it is a system's (a leave, a way of working).
enum QuestionItems {
    /// `item` named by its question's topic when its title is only a question's mark, or is
    /// the question itself.
    static func named(_ item: TitledParagraphs.Item) -> TitledParagraphs.Item {
        let question: Substring
        var answer: Substring
        var byMark = true
        if isQuestionMark(item.title), let mark = item.text.firstIndex(where: isQuestionStop) {
            question = item.text[..<mark]
            answer = item.text[item.text.index(after: mark)...]
        } else if item.title.last.map(isQuestionStop) == true {
            // The question read as the item's title, its answer as the text.
            question = Substring(item.title.dropLast())
            answer = Substring(item.text)
            byMark = false
        } else {
            return item
        }
        // The answer's own mark (`A`, `A.`, `A1`), when read into the text.
        if answer.first == "A", case let rest = answer.dropFirst().drop(while: { $0.isNumber || $0 == "." || $0 == " " }),
            rest.first.map({ !($0.isASCII && $0.isLetter) }) ?? false
        {
            answer = rest
        }
        // The topic: the run of kanji and katakana the question opens with, before its particle
        // (`育児休業は…`, `部分休業とは…`, `介護休暇の期間は…`); the answer's opening word when
        // only that names a system (`育児休業を、…`, `部分休業により、…`).
        let topic = question.prefix { $0.unicodeScalars.allSatisfy(CoverTitle.isNameScalar) }
        let answerTopic = answer.prefix { $0.unicodeScalars.allSatisfy(CoverTitle.isNameScalar) }
        let name: Substring
        if answerTopic.count >= 2, QuotedSupportSystems.namesSystem(String(answerTopic)), !QuotedSupportSystems.namesSystem(String(topic)) {
            name = answerTopic
        } else if topic.count >= 2, byMark || QuotedSupportSystems.namesSystem(String(topic)) {
            name = topic
        } else {
            return item
        }
        var named = item
        named.title = String(name)
        named.spacedTitle = ""
        named.text = String(answer)
        return named
    }

    /// Each question's item joined by the answer's after it (`Q1` | the question, `A` | the
    /// answer: badges set beside their texts, or a Q&A table's rows, read as titled items of
    /// their own): one item under the question's mark, its text the question, then the answer.
    static func paired(_ items: [TitledParagraphs.Item]) -> [TitledParagraphs.Item] {
        var result: [TitledParagraphs.Item] = []
        for item in items {
            if isAnswerMark(item.title), let last = result.last, last.page == item.page, isQuestionMark(last.title),
                last.text.last.map(isQuestionStop) == true
            {
                result[result.count - 1].text += item.text
                result[result.count - 1].box = last.box.union(item.box)
                continue
            }
            result.append(item)
        }
        return result
    }

    /// `Q`, `Q1`, `Q.2`, `Q 3`: a question's mark and number, nothing else.
    static func isQuestionMark(_ title: String) -> Bool { isMark(title, letter: "Q") }

    /// `A`, `A1`, `A.`: an answer's mark, nothing else.
    static func isAnswerMark(_ title: String) -> Bool { isMark(title, letter: "A") }

    /// `letter`, then at most three digits, dots or spaces.
    private static func isMark(_ title: String, letter: Character) -> Bool {
        guard title.first == letter else { return false }
        return title.dropFirst().allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == " " } && title.count <= 4
    }

    private static func isQuestionStop(_ character: Character) -> Bool { character == "?" || character == "？" }
}
