/// Assignments drawn as a bar-chart-like list: per unit a label and one thin bar per track,
/// stacked, with the NUMBER AT EACH BAR'S END (`総務局` between `12` above and `2` below).
///
/// The bars are graphics; only the geometry of the text is left. A unit is a label with
/// exactly two bare counts to its right, one above its middle and one below (the label sits
/// between the two bars' baselines); `－` stands where a track has no bar. The order of the
/// bars is the legend's (`■事務 ■技術` on one baseline, left to right = top to bottom). The
/// units' labels stand in one aligned column; a count on a label's own baseline is a table's
/// cell (a table elsewhere on the page is no bar). No legend, fewer than three units, or a
/// label of the column with counts that are not two bars' ends: not such a list.
enum BarEndCounts {
    /// One row per unit found among the lines of `blocks` (one page at a time), or nil.
    static func rows(in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row]? {
        for page in Set(blocks.map(\.page)).sorted() {
            let lines = blocks.filter { $0.page == page }.flatMap(\.block.lines).filter { $0.orientation == .horizontal }
            if let rows = rows(lines, page: page) { return rows }
        }
        return nil
    }

    /// The units of one page's `lines`, or nil.
    static func rows(_ lines: [TextLine], page: Int) -> [AssignmentRecord.Row]? {
        guard let order = legend(lines) else { return nil }
        let counts = lines.filter { count($0.text) != nil }
        let labels = lines.filter { isLabel($0.text) }
        guard labels.count >= 3 else { return nil }
        // Each count goes to the nearest label (by middles) whose right end it starts after;
        // one on a label's own baseline is a table's cell, no bar's end.
        var assigned: [Int: [TextLine]] = [:]
        for line in counts {
            func offset(_ i: Int) -> Double { abs(line.box.midY - labels[i].box.midY) }
            let nearest = labels.indices
                .filter { line.box.x0 >= labels[$0].box.x1 - 1 && offset($0) <= labels[$0].box.height * 1.5 }
                .min { offset($0) < offset($1) }
            if let nearest, offset(nearest) >= labels[nearest].box.height * 0.2 { assigned[nearest, default: []].append(line) }
        }
        // The units' labels stand in one column, aligned at their right ends (or left).
        let fits = assigned.filter { isUnit(labels[$0.key], $0.value) }.map(\.key)
        func column(_ edge: (Rect) -> Double) -> [Int] {
            fits.map { i in fits.filter { abs(edge(labels[$0].box) - edge(labels[i].box)) <= 2 } }.max { $0.count < $1.count } ?? []
        }
        let right = column(\.x1)
        let left = column(\.x0)
        let units = (right.count >= left.count ? right : left).sorted { labels[$0].box.y0 < labels[$1].box.y0 }
        guard units.count >= 3 else { return nil }
        // Another label in that column with counts that are not two bars' ends: not such a list.
        let edge: (Rect) -> Double = right.count >= left.count ? { $0.x1 } : { $0.x0 }
        let top = labels[units.first!].box.y0
        let bottom = labels[units.last!].box.y1
        for (i, found) in assigned where !units.contains(i) {
            let box = labels[i].box
            if abs(edge(box) - edge(labels[units[0]].box)) <= 2, box.y0 >= top, box.y1 <= bottom, !found.isEmpty { return nil }
        }
        return units.map { index in
            let label = labels[index]
            let stacked = assigned[index]!.sorted { $0.box.midY < $1.box.midY }
            let values = stacked.map { count($0.text) ?? 0 }
            func value(_ role: ColumnRole) -> Int { order.firstIndex(of: role).map { values[$0] } ?? 0 }
            return AssignmentRecord.Row(
                unit: Normalized.compact(label.text), administrative: value(.administrative), technical: value(.technical),
                provenance: Rect.enclosing([label.box] + stacked.map(\.box)).map {
                    Provenance(page: page, box: $0, text: ([label] + stacked).map(\.text).joined(separator: "\t"))
                })
        }
    }

    /// Two counts on two baselines, the label's middle between them.
    static func isUnit(_ label: TextLine, _ found: [TextLine]) -> Bool {
        let stacked = found.sorted { $0.box.midY < $1.box.midY }
        return stacked.count == 2 && stacked[1].box.midY - stacked[0].box.midY >= min(stacked[0].box.height, stacked[1].box.height) / 2
            && stacked[0].box.midY < label.box.midY && stacked[1].box.midY > label.box.midY
    }

    /// The tracks of a legend, left to right: an administrative and a technical word, each
    /// alone (a marker `■` aside) on lines sharing a baseline, or both on one line.
    static func legend(_ lines: [TextLine]) -> [ColumnRole]? {
        var words: [(box: Rect, role: ColumnRole)] = []
        for line in lines {
            let tokens = line.text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map { $0.filter { !markers.contains($0) } }.filter { !$0.isEmpty }
            let roles = tokens.map { trackWords[$0] }
            guard !roles.isEmpty, roles.allSatisfy({ $0 != nil }) else { continue }
            // Words of one line: spread over its box in their order.
            for (i, role) in roles.enumerated() {
                let x = line.box.x0 + line.box.width * Double(i) / Double(roles.count)
                words.append((Rect(x0: x, y0: line.box.y0, x1: x + 1, y1: line.box.y1), role!))
            }
        }
        for word in words where word.role == .administrative {
            let beside = words.filter { $0.role == .technical && $0.box.yOverlap(word.box) > 0 }
            guard let other = beside.first, beside.count == 1 else { continue }
            return word.box.x0 < other.box.x0 ? [.administrative, .technical] : [.technical, .administrative]
        }
        return nil
    }

    static let markers: Set<Character> = ["■", "□", "●", "○", "◆", "◇", "▲", "△"]
    static let trackWords: [String: ColumnRole] = [
        "事務": .administrative, "事務系": .administrative, "事務職": .administrative,
        "技術": .technical, "技術系": .technical, "技術職": .technical,
    ]

    /// A bare count at a bar's end (`12`) or `－` for none (0); nil for anything else.
    static func count(_ raw: String) -> Int? {
        let text = Normalized.compact(raw)
        guard !text.isEmpty, text.count <= 5 else { return nil }
        if Headcount.noneMarks.contains(text) { return 0 }
        // Bare digits only: a bar's end carries no 名 (`170名` is a table's cell).
        guard text.count <= 4, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// A unit's label: some text, no digit (no count, note or year), no legend word or total.
    static func isLabel(_ raw: String) -> Bool {
        let text = Normalized.compact(raw)
        return text.count >= 2 && !text.contains(where: { $0.isASCII && $0.isNumber }) && !text.hasPrefix("※") && trackWords[text] == nil
            && !BulletedAssignments.totalWords.contains(text) && count(text) == nil
    }
}
