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
        // A count-less line over less indented than the entries under it: their group (`●総務部`
        // over `・人事課　事務系2名`, or an org tree's node over its children on connector lines,
        // `本部` over `総務部　事務２名`), named first in each unit.
        // (A heading's group, `■総務部`, names none of its units: `BulletedAssignments+HeadingGroups`.)
        var group: (name: String, x0: Double, page: Int, heading: Bool)?
        var headings: [String?] = []
        func grouped(_ row: AssignmentRecord.Row, _ printed: String, x0: Double, page: Int) -> AssignmentRecord.Row {
            guard let group, group.page == page, x0 > group.x0 + 2 else { headings.append(nil); return row }
            var row = row
            row.unit = group.name + row.unit
            headings.append(group.heading ? group.name : nil)
            return row
        }
        for (page, block) in blocks {
            if let table = block.table {
                for cells in table.rows {
                    let filled = cells.filter { !Normalized.compact($0.text).isEmpty }
                    // The entry is the row's last two cells: text taken in beside it (a column
                    // of prose the table swallowed) comes before.
                    let pair = filled.suffix(2)
                    if filled.count >= 2, let row = entry(pair.first!.text, pair.last!.text, boxes: pair.compactMap(\.box), page: page) {
                        rows.append(grouped(row, pair.first!.text, x0: pair.first!.box?.x0 ?? 0, page: page))
                    } else if filled.count == 1, let box = filled[0].box {
                        group = groupName(filled[0].text).map { ($0, box.x0, page, isHeadingGroup(filled[0].text)) }
                    } else {
                        group = nil
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
                    rows.append(grouped(row, text, x0: line.box.x0, page: page))
                } else if let count = beside.first(where: { other in
                    other.box.x0 >= line.box.x1 - 0.5 && other.box.yOverlap(line.box) >= 0.5 * min(other.box.height, line.box.height)
                }), let row = entry(text, count.text, boxes: [line.box, count.box], page: page) {
                    // The name here, its count on the same row in a block beside it.
                    rows.append(grouped(row, text, x0: line.box.x0, page: page))
                } else if trackCounts(text) == nil {
                    // (A count alone is an entry's, read with its name: the group goes on.)
                    group = groupName(text).map { ($0, line.box.x0, page, isHeadingGroup(text)) }
                }
            }
        }
        return unheaded(rows, headings: headings)
    }

    /// The name of a group line (`●総務部`, `東京支局`), its bullet dropped: short, with no
    /// digit, bracket, count or sentence in it; nil for an intro, a sum line or a `・` entry.
    /// (Digits only: `京` of `東京支局` is a number to `isNumber`.)
    static func groupName(_ raw: String) -> String? {
        var name = Normalized.compact(raw)
        if let first = name.first, "●○◆◇■□▶".contains(first) { name.removeFirst() }
        guard !name.isEmpty, name.count <= 16, name.first != "・",
            !name.contains(where: { ($0.isASCII && $0.isNumber) || "()（）「」【】、。:：".contains($0) }),
            !name.contains("配属"), trackCounts(name) == nil,
            // A track's label (`事務系`) over its entries is no 部: their counts name the track.
            !(name.hasSuffix("系") && Track(label: name) != .other)
        else { return nil }
        return name
    }

    /// A unit (its bullet dropped) with the counts of `counts`, or nil unless the name is a
    /// name and the counts name their tracks.
    private static func entry(_ unit: String, _ counts: String, boxes: [Rect], page: Int) -> AssignmentRecord.Row? {
        var name = Normalized.compact(unit)
        if let first = name.first, "・●○◆◇■□▶-".contains(first) { name.removeFirst() }
        // A sum line (`計　事務系４名・技術系１３名`) counts the units again: a check, no unit.
        // A bare number is a count (a table's last count before a sum caption beside it), no name.
        guard !name.isEmpty, !name.allSatisfy({ $0.isASCII && $0.isNumber }), !totalWords.contains(name), trackCounts(name) == nil,
            let (administrative, technical) = trackCounts(counts)
        else { return nil }
        return AssignmentRecord.Row(
            unit: name, administrative: administrative, technical: technical,
            provenance: Rect.enclosing(boxes).map { Provenance(page: page, box: $0, text: unit + "\t" + counts) })
    }

    /// The words of a line or row that sums the units (`計`, `合計`, a group's `小計`): never a unit.
    static let totalWords: Set<String> = ["計", "合計", "総計", "小計"]

    /// `２名（事務系）` → (2, 0); `事務系１名・技術系１名` → (1, 1); `3名（事務）・12名（技術）` → (3, 12);
    /// `技術系　二名` → (0, 2) (a count in kanji); nil for a count naming no track.
    static func trackCounts(_ raw: String) -> (administrative: Int, technical: Int)? {
        // Every form counts in 名 or 人: most lines of a long document hold neither, and are
        // turned away before the normaliser and the two patterns (205 M instructions a run).
        guard raw.unicodeScalars.contains(where: { $0 == "名" || $0 == "人" }) else { return labelCounts(raw) }
        let text = Normalized.compact(raw)
        if let split = totalWithSplit(text) { return split }
        if let match = Forms.countThenTrack(text[...]),
            let count = number(match.count)
        {
            switch Track(label: String(match.track)) {
            case .administrative: return (count, 0)
            case .technical: return (0, count)
            case .other: return nil
            }
        }
        var result = (administrative: 0, technical: 0)
        // `・` or `／` between the tracks (`事務系1名／技術系2名`).
        let parts = text.split(whereSeparator: { $0 == "・" || $0 == "/" || $0 == "／" })
        guard !parts.isEmpty else { return nil }
        for part in parts {
            // Each part in either order: `事務系1名`, or the count first with its track in
            // brackets (`3名（事務）・12名（技術）`).
            guard let match = Forms.trackThenCount(part) ?? Forms.countThenTrack(part).map({ (track: $0.track, count: $0.count) }),
                let count = number(match.count)
            else { return nil }
            switch Track(label: String(match.track)) {
            case .administrative: result.administrative += count
            case .technical: result.technical += count
            case .other: return nil
            }
        }
        return result
    }

    /// `事務1・技術2`, `事務系3`: a bar chart's label after its bar, each track word straight
    /// before its count with no 名; nil unless every part is one.
    static func labelCounts(_ raw: String) -> (administrative: Int, technical: Int)? {
        guard raw.unicodeScalars.contains(where: { $0 == "事" || $0 == "技" }) else { return nil }
        var result = (administrative: 0, technical: 0)
        // `事務 3　技術 －`: an organisation chart's box, both tracks on one line set apart by
        // spaces, a dash where no one went.
        if let pair = Forms.spacedPair(Normalized.compact(raw).filter({ $0 != " " })[...]), pair.0 != pair.2 {
            for (track, count) in [(pair.0, pair.1), (pair.2, pair.3)] {
                let n = Int(count) ?? 0
                if track == "事務" { result.administrative = n } else { result.technical = n }
            }
            return result
        }
        for part in Normalized.compact(raw).split(whereSeparator: { $0 == "・" || $0 == "/" || $0 == "／" }) {
            guard let match = Forms.trackLabelCount(part), let count = Int(match.count) else { return nil }
            if match.track == "事務" { result.administrative += count } else { result.technical += count }
        }
        return result
    }

    /// A count in digits or kanji (`2`, `二`, `十二`).
    private static func number(_ run: Substring) -> Int? {
        Int(run) ?? (try? JapaneseNumeral.parse(String(run)))
    }
}
