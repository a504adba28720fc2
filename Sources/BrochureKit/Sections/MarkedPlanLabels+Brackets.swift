/// A bracketed abbreviation after a year's label, glossed as planned by a note's sentence
/// (`令和8年度（予）` over `（予）は採用予定数です。`).
///
/// `（予定）` says planned itself; a table short of room prints one letter of it, and a note
/// says what the letter means. The gloss is a sentence of the notes that opens with the
/// bracket (one or two characters, no figure), then `は`, and says 予定 with no year of its
/// own: the marked labels are the rows it explains. (Not `（）内は女性の数`: an empty bracket
/// marks no label.)
extension MarkedPlanLabels {
    /// The fiscal years of the part whose labels end in a bracket a note glosses as planned.
    static func bracketYears(in part: SectionSegmenter.Part) -> Set<Int> {
        let lines = part.blocks.filter { $0.block.table == nil }.flatMap { $0.block.lines.map(\.text) }
        // (A scan for the bracket and its `は` first: most notes gloss none.)
        guard lines.contains(where: { $0.contains(")は") || $0.contains("）は") }) else { return [] }
        let glossed = Set(lines.flatMap(plannedBrackets))
        guard !glossed.isEmpty else { return [] }
        let labels = Self.labels(in: part)
        return Set(labels.compactMap { raw in
            let text = Normalized.compact(raw)
            guard let bracket = glossed.first(where: { text.hasSuffix($0) && text.count > $0.count }) else { return nil }
            return YearLabel(String(text.dropLast(bracket.count)))?.fiscalYear
        })
    }

    /// The brackets (`(予)`) the sentences of a note line gloss as planned.
    static func plannedBrackets(_ raw: String) -> [String] {
        Normalized.compact(raw).split(separator: "。").compactMap { sentence in
            let text = sentence.drop { YearLabel.noteMarks.contains($0) || $0 == " " }
            guard text.first == "(", let close = text.firstIndex(of: ")"), case let inner = text[text.index(after: text.startIndex)..<close],
                (1...2).contains(inner.count), !inner.contains(where: \.isNumber),
                text[text.index(after: close)...].first == "は", PlannedNote.says(String(text)),
                (try? EraDate.all(in: String(text)))?.isEmpty ?? true
            else { return nil }
            return String(text[...close])
        }
    }
}
