/// The coming year's plan as one labelled line under the table of actual years:
/// `令和8年度採用予定数：事務系28名・技術系2名（計30名）`, or one sentence saying it
/// (`令和8年度の採用予定は、事務職20名、技術職6名の計26名です。`).
extension PlannedSentence {
    /// What the label says after the year: the plan's own word, so the line is a plan.
    static let planLabels = ["の採用予定者数", "の採用予定数", "の採用予定", "採用予定者数", "採用予定数", "採用予定"]

    /// The label and what follows it: after `：`, or after `は、` in a sentence
    /// (`令和8年度の採用予定は、事務職20名、技術職6名の計26名です。`, its close `です。` dropped: what
    /// is left must be the tracks' counts alone).
    static func labelAndBody(_ text: String) -> (head: Substring, body: String)? {
        if let colon = text.firstIndex(of: ":") { return (text[..<colon], String(text[text.index(after: colon)...])) }
        guard let topic = text.range(of: "は、") ?? text.range(of: "は,") else { return nil }
        var body = text[topic.upperBound...]
        if body.hasSuffix("。") { body = body.dropLast() }
        if body.hasSuffix("です") { body = body.dropLast(2) }
        return (text[..<topic.lowerBound], String(body))
    }

    /// The planned row a line among `lines` gives as `year` + plan label + `：` (or `は、`, the
    /// sentence closing on `です。`) + the tracks' counts (the total in brackets after them, or
    /// not), for a year after `newest`; read as a
    /// sentence's body is (`HiringSentences`: both tracks named, a printed total their sum).
    static func labelledRow(in lines: [TextLine], after newest: Int, page: Int) -> HiringRecord.Row? {
        for line in lines where line.orientation == .horizontal {
            let text = Normalized.compact(line.text).filter { !$0.isWhitespace }
            guard let (head, said) = Self.labelAndBody(text), let label = planLabels.first(where: { head.hasSuffix($0) }),
                case let yearText = String(head.dropLast(label.count)), let year = YearLabel(yearText), year.fiscalYear > newest
            else { continue }
            var body = said
            // The total bracketed after the tracks (`（計30名）`) is one more item of the body.
            for word in ["(計", "(合計"] where body.hasSuffix(")") {
                guard let open = body.range(of: word, options: .backwards) else { continue }
                body = body[..<open.lowerBound] + "、" + body[body.index(after: open.lowerBound)..<body.index(before: body.endIndex)]
                break
            }
            let whole = yearText + body
            let sentence = HiringSentences.Sentence(
                range: whole.startIndex..<whole.endIndex, year: whole.prefix(yearText.count), body: whole.dropFirst(yearText.count),
                verb: "予定")
            guard var row = HiringSentences.row(of: sentence, notedPlans: []) else { continue }
            row.planned = true
            row.provenance = Provenance(page: page, box: line.box, text: line.text)
            return row
        }
        return nil
    }
}
