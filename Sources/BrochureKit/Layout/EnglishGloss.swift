/// A heading followed on its baseline by its English gloss in capitals (`配属実績 PLACEMENT`,
/// `働き方改革 WORK STYLE`): the Japanese title alone says which section it opens.
///
/// The region segmenter takes only short lines (a dozen characters) as the section names
/// that tell two columns apart, since a longer line is a sentence; the gloss made the line
/// too long, so two tables set side by side under `配属実績 PLACEMENT` and `試験区分
/// EXAMINATION` were tested as one and read as one table across both columns.
enum EnglishGloss {
    /// `text` without a trailing run of capitals and spaces after a space (`配属実績`); the
    /// text itself when it has no such gloss or is nothing but one.
    static func stripped(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let last = scalars.last, ("A"..."Z").contains(last) else { return text }
        var start = scalars.endIndex
        while start > scalars.startIndex, case let previous = scalars[scalars.index(before: start)],
            ("A"..."Z").contains(previous) || previous == " " || previous == "&" || previous == "\u{3000}"
        {
            start = scalars.index(before: start)
        }
        // A gloss follows a title after a space; a Latin word alone is no gloss.
        guard start > scalars.startIndex, scalars[start] == " " || scalars[start] == "\u{3000}" else { return text }
        return String(scalars[..<start])
    }
}
