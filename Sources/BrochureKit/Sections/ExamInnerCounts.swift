/// A track's planned count with its categories' counts in a bracket after it (`52名（うち土木
/// 40名、建築4名、電気・電子・情報5名、機械3名）`), its track named in the column beside.
///
/// Read as items, the first ran the count into its category (`52名(うち土木`, no name) and an
/// item closing the bracket ended in `)` (`機械3名)`, no count): both were lost. The bracket is
/// a breakdown only when its items add up to the count before it; `うち女性2名` is no category.
enum ExamInnerCounts {
    /// Whether `text` (compacted) opens such a bracket after a count and has not closed it yet:
    /// a line broken inside the list, which the next line goes on.
    static func isOpen(_ text: String) -> Bool {
        guard let open = text.range(of: "名(うち") ?? text.range(of: "人(うち") else { return false }
        return !text[open.upperBound...].contains(")")
    }

    /// The categories' items of `text`, the track's count dropped (a label before it kept,
    /// before a colon); nil unless `text` is a count and such a bracket closing it, whose items
    /// add up to the count.
    static func categories(_ text: String) -> String? {
        guard text.last == ")", let open = text.range(of: "(うち") else { return nil }
        let before = text[..<open.lowerBound]
        guard let unit = before.last, unit == "名" || unit == "人" else { return nil }
        let figures = before.dropLast().reversed().prefix { $0.isASCII && $0.isNumber }
        guard !figures.isEmpty, let whole = Int(String(figures.reversed())) else { return nil }
        let inner = String(text[open.upperBound..<text.index(before: text.endIndex)])
        let items = ExamBreakdownParser.pairs(in: inner)
        guard !items.isEmpty, items.map(\.1).reduce(0, +) == whole, !items.contains(where: { TrackSubtotalColumns.sexes.contains($0.0) }) else { return nil }
        let label = before.dropLast(figures.count + 1).reversed().drop { $0 == " " || $0 == ":" }.reversed()
        return label.isEmpty ? inner : String(label) + ":" + inner
    }
}
