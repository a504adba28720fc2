/// The rest of a table set in another column of a later page, under whatever article stands
/// there, headed only by a note saying where it comes from (`（1面から続く）`): a newspaper's
/// jump.
///
/// Read in order, the rows join the section above them on that page (its support systems),
/// and the table's own section loses them. The table's page left a note that it goes on
/// (`→2面へ続く`, `PageTurnMark.isMark`); the note over the rows says they are its rest. Both
/// notes must be there: rows under a note with no section waiting for them stay where they are.
/// (Only from a section that holds no such tables: under one that does, the rows are its.)
enum JumpedContinuation {
    /// Sections whose tables run on.
    static let kinds: Set<SectionKind> = [.assignments, .hiring, .examBreakdown]

    /// Moves each such note and the table under it to the end of the nearest part before it
    /// whose table went on from an earlier page.
    static func gather(_ parts: inout [SectionSegmenter.Part]) {
        // (Rows already under their own section's heading, `配属実績` over `（前ページからの続き）`,
        // stay: that section goes on there.)
        for i in parts.indices where !kinds.contains(parts[i].kind) {
            var j = 0
            while j + 1 < parts[i].blocks.count {
                let (page, note) = parts[i].blocks[j]
                // (The home is the part that said so last, on an earlier page: an older note,
                // another table's, is no promise of these rows.)
                guard note.table == nil, note.lines.count == 1, PageTurnMark.saysContinuedFrom(note.lines[0].text),
                    parts[i].blocks[j + 1].page == page, parts[i].blocks[j + 1].block.table != nil,
                    !parts[i].blocks[..<j].contains(where: { $0.page < page && PageTurnMark.isPresent(in: [$0]) }),
                    let home = parts[..<i].lastIndex(where: { part in part.blocks.contains { $0.page < page && PageTurnMark.isPresent(in: [$0]) } }),
                    kinds.contains(parts[home].kind)
                else {
                    j += 1
                    continue
                }
                parts[home].blocks += parts[i].blocks[j...(j + 1)]
                parts[i].blocks.removeSubrange(j...(j + 1))
            }
        }
    }
}
