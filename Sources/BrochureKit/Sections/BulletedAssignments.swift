/// Assignments as a bulleted list, each unit with its count and track on its line
/// (`・総務部総務課　２名（事務系）`, `・調査第一部第二課　事務系１名・技術系１名`).
///
/// The table reader wants a header naming the tracks over columns of counts; here each count
/// names its own track, so the first entry was taken for a header and the rest counted no
/// one. The layout sets such a list as it finds it: aligned entries as a two-column table,
/// a lone entry as one line, or the names and the counts as two blocks side by side, line
/// beside line. Every entry is read wherever it sits, in the section's order.
enum BulletedAssignments {
    /// The entries of the section's `blocks`, when two or more have a count naming its track;
    /// nil otherwise.
    static func rows(in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row]? {
        let rows = entries(in: blocks)
        return rows.count >= 2 ? rows : nil
    }

    /// Every entry of `blocks`, however few.
    static func entries(in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row] {
        var rows: [AssignmentRecord.Row] = []
        for (page, block) in blocks {
            if let table = block.table {
                for cells in table.rows {
                    let filled = cells.filter { !Normalized.compact($0.text).isEmpty }
                    if filled.count == 2, let row = entry(filled[0].text, filled[1].text, boxes: filled.compactMap(\.box), page: page) {
                        rows.append(row)
                    }
                }
                continue
            }
            let beside = blocks.filter { $0.page == page && $0.block.table == nil }.flatMap(\.block.lines)
            for line in block.lines {
                let text = line.text.trimmingWhitespace()
                // The name and its count on one line, apart by a space.
                if let space = text.lastIndex(where: { $0 == " " || $0 == "\u{3000}" }),
                    let row = entry(String(text[..<space]), String(text[text.index(after: space)...]), boxes: [line.box], page: page)
                {
                    rows.append(row)
                } else if let count = beside.first(where: { other in
                    other.box.x0 >= line.box.x1 - 0.5 && other.box.yOverlap(line.box) >= 0.5 * min(other.box.height, line.box.height)
                }), let row = entry(text, count.text, boxes: [line.box, count.box], page: page) {
                    // The name here, its count on the same row in a block beside it.
                    rows.append(row)
                }
            }
        }
        return rows
    }

    /// A unit (its bullet dropped) with the counts of `counts`, or nil unless the name is a
    /// name and the counts name their tracks.
    private static func entry(_ unit: String, _ counts: String, boxes: [Rect], page: Int) -> AssignmentRecord.Row? {
        var name = Normalized.compact(unit)
        if let first = name.first, "・●○◆◇■□▶-".contains(first) { name.removeFirst() }
        guard !name.isEmpty, trackCounts(name) == nil, let (administrative, technical) = trackCounts(counts) else { return nil }
        return AssignmentRecord.Row(
            unit: name, administrative: administrative, technical: technical,
            provenance: Rect.enclosing(boxes).map { Provenance(page: page, box: $0, text: unit + "\t" + counts) })
    }

    /// `２名（事務系）` → (2, 0); `事務系１名・技術系１名` → (1, 1); `技術系　二名` → (0, 2) (a count
    /// in kanji); nil for a count naming no track.
    static func trackCounts(_ raw: String) -> (administrative: Int, technical: Int)? {
        let text = Normalized.compact(raw)
        if let match = text.wholeMatch(of: #/(?<count>[0-9〇一二三四五六七八九十百]+)[名人]\((?<track>[^()]+)\)/#),
            let count = number(match.output.count)
        {
            switch Track(label: String(match.output.track)) {
            case .administrative: return (count, 0)
            case .technical: return (0, count)
            case .other: return nil
            }
        }
        var result = (administrative: 0, technical: 0)
        let parts = text.split(separator: "・")
        guard !parts.isEmpty else { return nil }
        for part in parts {
            guard let match = part.wholeMatch(of: #/(?<track>[^0-9〇一二三四五六七八九十百]+)(?<count>[0-9〇一二三四五六七八九十百]+)[名人]/#),
                let count = number(match.output.count)
            else { return nil }
            switch Track(label: String(match.output.track)) {
            case .administrative: result.administrative += count
            case .technical: result.technical += count
            case .other: return nil
            }
        }
        return result
    }

    /// A count in digits or kanji (`2`, `二`, `十二`).
    private static func number(_ run: Substring) -> Int? {
        Int(run) ?? (try? JapaneseNumeral.parse(String(run)))
    }
}
