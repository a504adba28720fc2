/// Gives the assignments section the entries of its list that reading order left in another
/// section: a bulleted list (`・調査第二部第一課　１名（事務系）`) that flows from the foot of
/// one column to the top of the next with no heading repeated.
///
/// The top of the next column is read before the heading at the foot of the first when the
/// columns are cut into bands, so the list's tail joins the section read before it (the
/// hiring section, through a section of its own we do not read). An entry whose count names
/// its track belongs to no other section, so a block made of such entries (a `※` note under
/// them aside) on the page of an assignments list is that list's, and goes after its entries.
enum StrandedEntries {
    /// `parts` with every stranded block moved to the end of the assignments part, when that
    /// part is a list whose counts name their tracks; unchanged otherwise.
    static func gathered(_ parts: [SectionSegmenter.Part]) -> [SectionSegmenter.Part] {
        var parts = parts
        gather(&parts)
        return parts
    }

    /// `gathered` in place: only the lists that change are rebuilt.
    static func gather(_ parts: inout [SectionSegmenter.Part]) {
        guard let target = parts.firstIndex(where: { $0.kind == .assignments }),
            BulletedAssignments.rows(in: parts[target].blocks) != nil
        else { return }
        let pages = Set(parts[target].blocks.map(\.page))
        for i in parts.indices where i != target && parts[i].blocks.contains(where: { pages.contains($0.page) }) {
            let (moved, kept) = parts[i].blocks.reduce(into: ([(page: Int, block: Block)](), [(page: Int, block: Block)]())) { split, item in
                if pages.contains(item.page) && isEntries(item) { split.0.append(item) } else { split.1.append(item) }
            }
            guard !moved.isEmpty else { continue }
            parts[i].blocks = kept
            parts[target].blocks += moved
        }
    }

    /// Whether a block holds nothing but assignment entries: each row of a table, or each line
    /// of text bar `※` notes.
    private static func isEntries(_ item: (page: Int, block: Block)) -> Bool {
        let found = BulletedAssignments.entries(in: [item]).count
        guard found > 0 else { return false }
        if let table = item.block.table { return found == table.rows.count }
        return found == item.block.lines.filter { !Normalized.compact($0.text).hasPrefix("※") }.count
    }
}
