/// The note a table leaves at the foot of a page when it goes on overleaf (`（次ページへ続く）`,
/// `次頁に続く`, `裏面へつづく`).
///
/// The part of the section on the next page names no cohort of its own (only `（前ページからの
/// 続き）`), and a single-valued section keeps its first value, so the rows there were lost.
/// The note says the rows over the page belong to this table: its record is held open for
/// the next part's rows (`AssignmentRecord.continued(by:)`).
enum PageTurnMark {
    /// Whether any line of `blocks` is such a note: short, bracketed or not, ending `続く`.
    static func isPresent(in blocks: [(page: Int, block: Block)]) -> Bool {
        blocks.contains { $0.block.table == nil && $0.block.lines.contains { isMark($0.text) } }
    }

    /// (Not the note at the head of the rows overleaf, `（1面から続く）`: `saysContinuedFrom`.)
    static func isMark(_ raw: String) -> Bool {
        let text = bare(raw)
        return text.count <= 12 && (text.hasSuffix("続く") || text.hasSuffix("つづく")) && !text.contains("。") && !saysFrom(text)
    }

    /// Whether a line is the note heading the rest of a table where it goes on (`（1面から続く）`,
    /// `（前ページより続く）`): short, saying where from.
    static func saysContinuedFrom(_ raw: String) -> Bool {
        // (Every one-line block of a part is asked: a glyph of the words before any normalising.)
        guard raw.unicodeScalars.contains("続") || raw.unicodeScalars.contains("づ") else { return false }
        let text = bare(raw)
        return text.count <= 12 && ["続く", "つづく", "続き", "つづき"].contains(where: text.hasSuffix) && !text.contains("。") && saysFrom(text)
    }

    /// The note compacted, without its brackets or its arrow.
    private static func bare(_ raw: String) -> String {
        var text = Normalized.compact(raw)
        if text.first == "(", text.last == ")" { text = String(text.dropFirst().dropLast()) }
        if let first = text.first, "→▶►".contains(first) { text.removeFirst() }
        return text
    }

    private static func saysFrom(_ text: String) -> Bool {
        text.contains("から") || text.contains("より")
    }

    /// Whether a header cell or a title says it goes on from before (`配属先（つづき）`, `（続き）`,
    /// `（続）`): the rest of a table or a section whose head stands in the column or page before.
    static func marksContinuation(_ raw: String) -> Bool {
        let text = Normalized.compact(raw)
        return text.hasSuffix("(続き)") || text.hasSuffix("(つづき)") || text.hasSuffix("(続)")
    }

    /// Whether a section's heading says it continues one before (`試験区分（続き）`,
    /// `配属実績（つづき）`, `続き`), wherever in it.
    /// (Or counts its pages, a slide deck's `配属実績 (2/2)`: any but the first.)
    static func saysContinued(_ heading: String) -> Bool {
        let text = Normalized.compact(heading)
        return text.contains("続き") || text.contains("つづき") || text.hasSuffix("(続)") || laterOf(text)
    }

    /// Whether a compacted heading ends with its place in a run of pages, `(2/2)`, after the first.
    private static func laterOf(_ text: String) -> Bool {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
        let parts = text[text.index(after: open)..<text.index(before: text.endIndex)].split(separator: "/")
        // (A slide deck's counter counts a few slides: `(6/12)` is a date.)
        guard parts.count == 2, let page = Int(parts[0]), let pages = Int(parts[1]) else { return false }
        return page >= 2 && page <= pages && pages <= 9
    }
}
