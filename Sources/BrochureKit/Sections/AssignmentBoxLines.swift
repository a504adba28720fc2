/// Assignments drawn as loose boxes (a schematic map with each unit's box placed on its
/// island): each box a unit's name on a line of its own over a line of its counts, each count
/// after its track word (`本庁` over `事務 58　技術 21`); no table, no header.
///
/// Boxes scattered over a drawing make no grid, so the layout leaves every line a block of
/// its own. Read line by line, a name has no count beside it and a count line no name
/// (`BulletedAssignments` takes the name for a group and passes the counts by). A line made
/// only of track words and their counts names no unit: it is the box's, and the box's name is
/// the line straight above it and across the same width (the two set one over the other,
/// centred or flush). A line of prose or a title between them parts them.
enum AssignmentBoxLines {
    struct Line {
        var text: String
        var box: Rect
        var page: Int
    }

    /// One row per box among the lines of `blocks` outside tables, or nil when fewer than two
    /// boxes are read.
    static func rows(in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row]? {
        let lines = blocks.filter { $0.block.table == nil }.flatMap { item in
            item.block.lines.filter { $0.orientation == .horizontal }.map { Line(text: $0.text, box: $0.box, page: item.page) }
        }
        var rows: [AssignmentRecord.Row] = []
        var named = Set<Int>()
        for count in lines where countsOnly(count.text) != nil {
            guard let n = name(over: count, in: lines), !named.contains(n), let (administrative, technical) = countsOnly(count.text) else { continue }
            named.insert(n)
            let unit = lines[n]
            rows.append(AssignmentRecord.Row(
                unit: Normalized.compact(unit.text), administrative: administrative, technical: technical,
                provenance: Provenance(page: count.page, box: unit.box.union(count.box), text: unit.text + "\n" + count.text)))
        }
        return rows.count >= 2 ? rows : nil
    }

    /// The index in `lines` of the box's name over `count`: the nearest line above it on its
    /// page, no further than a line's height, overlapping it across half the narrower's width,
    /// when that line is a unit's name (short, no digit, no track word, no sum).
    static func name(over count: Line, in lines: [Line]) -> Int? {
        let above = lines.indices.filter { i in
            let box = lines[i].box
            return lines[i].page == count.page && box.y1 <= count.box.y0 + 1 && box.y0 < count.box.y0
                && count.box.y0 - box.y1 <= max(box.height, count.box.height)
                && min(box.x1, count.box.x1) - max(box.x0, count.box.x0) >= 0.5 * min(box.width, count.box.width)
        }
        guard let nearest = above.max(by: { lines[$0].box.y1 < lines[$1].box.y1 }),
            let name = BulletedAssignments.groupName(lines[nearest].text), !BulletedAssignments.totalWords.contains(name)
        else { return nil }
        return nearest
    }

    /// The counts of a line made only of track words, each with its count (`事務 6　技術 5`,
    /// `事務系 3`): nil for a line naming anything else first (`総務部　事務2名` is an entry
    /// with its unit, `BulletedAssignments`).
    static func countsOnly(_ raw: String) -> (administrative: Int, technical: Int)? {
        let text = Normalized.compact(raw).filter { !$0.isWhitespace }
        // (A dash, `技術 －`, is a count of none.)
        guard let digit = text.firstIndex(where: { ($0.isASCII && $0.isNumber) || "-‐―−ー－".contains($0) || Headcount.noneMarks.contains(String($0)) })
        else { return nil }
        let label = String(text[..<digit])
        guard label.count <= 4, Track(label: label) != .other else { return nil }
        return BulletedAssignments.trackCounts(raw)
    }
}
