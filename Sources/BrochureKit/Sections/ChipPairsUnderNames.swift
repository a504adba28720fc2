/// Assignments drawn as a map: each unit a box with its name over two coloured chips on one
/// baseline (`本関` over `10` `3`), the chips' tracks told only by a colour legend
/// (`■事務系 ■理工系`) set on the intro line.
///
/// The layout reads each row of boxes as a table of two rows: the names, each over two columns
/// (the name's cell, then a blank one), and the chips, one count per column. The chips carry
/// no track word; the legend lists the tracks in the order the chips repeat it, so its order,
/// left to right, names each chip. Without a legend naming both tracks once the pair is not
/// read, since its order cannot be known.
enum ChipPairsUnderNames {
    /// One row per box of `blocks`' tables, or nil unless three boxes at least are read and the
    /// part holds a legend.
    static func rows(in blocks: [(page: Int, block: Block)]) -> [AssignmentRecord.Row]? {
        guard let order = legend(in: blocks) else { return nil }
        var rows: [AssignmentRecord.Row] = []
        for (page, block) in blocks {
            guard let table = block.table else { continue }
            var r = 0
            while r + 1 < table.rows.count {
                if let boxes = pairs(names: table.rows[r], chips: table.rows[r + 1], order: order, page: page) {
                    rows += boxes
                    r += 2
                } else {
                    r += 1
                }
            }
        }
        return rows.count >= 3 ? rows : nil
    }

    /// The boxes of a row of names over a row of chips: every even cell a name and the odd one
    /// after it blank, every chip a bare count or a none mark (`－`).
    static func pairs(names: [Table.Cell], chips: [Table.Cell], order: [ColumnRole], page: Int) -> [AssignmentRecord.Row]? {
        guard names.count >= 2, names.count % 2 == 0, chips.count == names.count else { return nil }
        var rows: [AssignmentRecord.Row] = []
        for c in stride(from: 0, to: names.count, by: 2) {
            let name = Normalized.compact(names[c].text)
            guard !name.isEmpty, Normalized.compact(names[c + 1].text).isEmpty, chip(name) == nil,
                !["計", "合計"].contains(name), !name.contains(where: { $0.isASCII && $0.isNumber }),
                let first = chip(chips[c].text), let second = chip(chips[c + 1].text)
            else { return nil }
            let counts = [first, second]
            func count(_ role: ColumnRole) -> Int { order.firstIndex(of: role).map { counts[$0] } ?? 0 }
            let cells = [names[c], chips[c], chips[c + 1]]
            rows.append(AssignmentRecord.Row(
                unit: name, administrative: count(.administrative), technical: count(.technical),
                provenance: Rect.enclosing(cells.compactMap(\.box)).map {
                    Provenance(page: page, box: $0, text: names[c].text + "\n" + chips[c].text + "\t" + chips[c + 1].text)
                }))
        }
        return rows
    }

    /// A chip's number: a bare count (`10`), or 0 for a none mark (`－`); nil for anything else,
    /// a blank chip included.
    static func chip(_ raw: String) -> Int? {
        let text = Normalized.compact(raw)
        guard !text.isEmpty else { return nil }
        if Headcount.noneMarks.contains(text) || text == "－" { return 0 }
        guard text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// The legend's tracks in reading order: lines outside the tables made of track words only
    /// (`事務系`, `理工系`, or both on one line), each track once.
    static func legend(in blocks: [(page: Int, block: Block)]) -> [ColumnRole]? {
        let lines = blocks.filter { $0.block.table == nil }.flatMap { item in item.block.lines.map { (item.page, $0) } }
            .sorted { ($0.0, $0.1.box.y0.rounded(), $0.1.box.x0) < ($1.0, $1.1.box.y0.rounded(), $1.1.box.x0) }
        var order: [ColumnRole] = []
        for (_, line) in lines {
            let words = line.text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "■" || $0 == "●" })
            let roles = words.map { word -> ColumnRole? in
                let label = Normalized.compact(String(word))
                guard label.count <= 4, label.hasSuffix("系") || label.hasSuffix("職") else { return nil }
                let role = ColumnRole(label: label)
                return role == .administrative || role == .technical ? role : nil
            }
            guard !roles.isEmpty, roles.allSatisfy({ $0 != nil }) else { continue }
            order += roles.compactMap { $0 }
        }
        guard order.count == 2, Set(order).count == 2 else { return nil }
        return order
    }
}
