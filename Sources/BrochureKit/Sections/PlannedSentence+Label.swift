/// The coming year's plan as one labelled line under the table of actual years:
/// `令和8年度採用予定数：事務系28名・技術系2名（計30名）`.
extension PlannedSentence {
    /// What the label says after the year: the plan's own word, so the line is a plan.
    static let planLabels = ["の採用予定者数", "の採用予定数", "の採用予定", "採用予定者数", "採用予定数", "採用予定"]

    /// The planned row a line among `lines` gives as `year` + plan label + `：` + the tracks'
    /// counts (the total in brackets after them, or not), for a year after `newest`; read as a
    /// sentence's body is (`HiringSentences`: both tracks named, a printed total their sum).
    static func labelledRow(in lines: [TextLine], after newest: Int, page: Int) -> HiringRecord.Row? {
        for line in lines where line.orientation == .horizontal {
            let text = Normalized.compact(line.text).filter { !$0.isWhitespace }
            guard let colon = text.firstIndex(of: ":"), case let head = text[..<colon],
                let label = planLabels.first(where: { head.hasSuffix($0) }),
                case let yearText = String(head.dropLast(label.count)), let year = YearLabel(yearText), year.fiscalYear > newest
            else { continue }
            var body = String(text[text.index(after: colon)...])
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
