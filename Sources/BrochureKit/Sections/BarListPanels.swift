/// Assignments drawn as one horizontal bar list per track, the lists side by side: a panel
/// title naming its track (`事務系（63人）` | `技術系（43人）`), then per unit its name right-
/// aligned left of a bar and the number right of the bar's end, on the name's line.
///
/// The bars are graphics, so each number stands at its own distance from its name (the
/// layout may read a panel as a table of many columns, or its names apart from its numbers).
/// Read by geometry: the titles stand level with each other, each heading the lines from its
/// left edge to the next title's; in a panel a unit is a name with exactly one bare number on
/// its line to its right. A unit missing from a panel had no one of that track. When a title
/// prints its total, the panel's numbers must add up to it, or the panel is not read so.
enum BarListPanels {
    /// One row per unit found among the lines of `blocks` (one page at a time), or nil.
    static func rows(in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row]? {
        for page in Set(blocks.map(\.page)).sorted() {
            let lines = blocks.filter { $0.page == page }.flatMap(\.block.lines).filter { $0.orientation == .horizontal }
            if let rows = rows(lines, page: page) { return rows }
        }
        return nil
    }

    /// A panel's title: its track, the total it prints (`事務系（63人）` → 63), its line.
    struct Title {
        var role: ColumnRole
        var total: Int?
        var line: TextLine
    }

    /// The units of one page's `lines`, or nil.
    static func rows(_ lines: [TextLine], page: Int) -> [AssignmentRecord.Row]? {
        let titles = lines.compactMap(title)
        for first in titles {
            let h = max(first.line.box.height, 1)
            let row = titles.filter { abs($0.line.box.midY - first.line.box.midY) <= 0.3 * h }.sorted { $0.line.box.x0 < $1.line.box.x0 }
            guard row.count == 2, row.contains(where: { $0.role == .administrative }), row.contains(where: { $0.role == .technical }) else { continue }
            var units: [AssignmentRecord.Row] = []
            var read = true
            for (i, panel) in row.enumerated() {
                let left = panel.line.box.x0 - 2 * h
                let right = i + 1 < row.count ? row[i + 1].line.box.x0 - 0.5 * h : Double.infinity
                guard let found = Self.units(lines.filter { $0.box.x0 >= left && $0.box.x1 <= right && $0.box.y0 >= panel.line.box.y1 - 1 }),
                    panel.total == nil || panel.total == found.map(\.count).reduce(0, +)
                else {
                    read = false
                    break
                }
                for (name, count, box, text) in found {
                    let index = units.firstIndex { $0.unit == name } ?? {
                        units.append(AssignmentRecord.Row(unit: name, administrative: 0, technical: 0))
                        return units.count - 1
                    }()
                    if panel.role == .administrative { units[index].administrative += count } else { units[index].technical += count }
                    let boxes = [box, units[index].provenance?.box].compactMap { $0 }
                    let texts = [units[index].provenance?.text, text].compactMap { $0 }.joined(separator: "\n")
                    units[index].provenance = Rect.enclosing(boxes).map { Provenance(page: page, box: $0, text: texts) }
                }
            }
            if read, units.count >= 3 { return units }
        }
        return nil
    }

    /// The units of one panel's lines, top down: names in one column aligned at their right
    /// ends, each with one bare number on its line to its right; nil when fewer than two,
    /// or a name of the column has no number or more than one.
    static func units(_ lines: [TextLine]) -> [(name: String, count: Int, box: Rect, text: String)]? {
        let names = lines.filter { BarEndCounts.isLabel($0.text) }
        let numbers = lines.filter { BarEndCounts.count($0.text) != nil && Normalized.compact($0.text).first?.isNumber == true }
        // The column: the most names sharing a right end.
        let column = names.map { name in names.filter { abs($0.box.x1 - name.box.x1) <= 2 } }.max { $0.count < $1.count } ?? []
        guard column.count >= 2 else { return nil }
        var found: [(name: String, count: Int, box: Rect, text: String)] = []
        var bottom: Double? = nil
        for name in column.sorted(by: { $0.box.y0 < $1.box.y0 }) {
            let h = max(name.box.height, 1)
            // The list ends at a gap of more than two lines.
            if let bottom, name.box.y0 - bottom > 3 * h { break }
            let level = numbers.filter { $0.box.x0 >= name.box.x1 - 0.5 && abs($0.box.midY - name.box.midY) <= 0.3 * h }
            guard level.count == 1, let number = level.first, let count = BarEndCounts.count(number.text) else { return nil }
            found.append((Normalized.compact(name.text), count, name.box.union(number.box), name.text + "\t" + number.text))
            bottom = name.box.y1
        }
        return found.count >= 2 ? found : nil
    }

    /// A panel's title: a track's word alone, or with the panel's total in brackets
    /// (`事務系（63人）`, `■技術系 (43名)`); nil for any other line.
    static func title(_ line: TextLine) -> Title? {
        var text = Normalized.compact(line.text)
        while let first = text.first, BarEndCounts.markers.contains(first) || "【[".contains(first) { text.removeFirst() }
        if let last = text.last, "】]".contains(last) { text.removeLast() }
        var total: Int? = nil
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            var inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            if let unit = inner.last, "人名".contains(unit) { inner = inner.dropLast() }
            guard !inner.isEmpty, inner.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(inner) else { return nil }
            total = value
            text = String(text[..<open])
        }
        guard let role = BarEndCounts.trackWords[text] else { return nil }
        return Title(role: role, total: total, line: line)
    }
}
