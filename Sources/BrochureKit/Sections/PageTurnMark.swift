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

    static func isMark(_ raw: String) -> Bool {
        var text = Normalized.compact(raw)
        if text.first == "(", text.last == ")" { text = String(text.dropFirst().dropLast()) }
        if let first = text.first, "→▶►".contains(first) { text.removeFirst() }
        return text.count <= 12 && (text.hasSuffix("続く") || text.hasSuffix("つづく")) && !text.contains("。")
    }

    /// Whether a header cell or a title says it goes on from before (`配属先（つづき）`, `（続き）`,
    /// `（続）`): the rest of a table or a section whose head stands in the column or page before.
    static func marksContinuation(_ raw: String) -> Bool {
        let text = Normalized.compact(raw)
        return text.hasSuffix("(続き)") || text.hasSuffix("(つづき)") || text.hasSuffix("(続)")
    }

    /// Whether a section's heading says it continues one before (`試験区分（続き）`,
    /// `配属実績（つづき）`, `続き`), wherever in it.
    static func saysContinued(_ heading: String) -> Bool {
        let text = Normalized.compact(heading)
        return text.contains("続き") || text.contains("つづき") || text.hasSuffix("(続)")
    }
}
