/// A contact line set as two runs on one baseline (`TEL 03-3582-5302    E-mail saiyo@…`), the
/// gap wider than a word space, so the lines are two blocks.
extension ReadingOrder {
    /// Joins each such e-mail (or fax) run to the phone or e-mail run level with it on its left.
    ///
    /// The right run stands alone in a column of its own: Breuel's rules read it after
    /// everything above it there (the next section, a column of support cards), and the
    /// contact loses its e-mail. A one-line run that starts with an e-mail or fax key or holds
    /// an `@`, level with a one-line run holding a phone or an e-mail that ends at most six
    /// ems to its left with nothing between, is read right after it. Only a contact's own key
    /// starts the right run, so a column of text beside a contact list is never pulled in.
    func joiningContactTails(_ units: [[Int]], blocks: [Block]) -> [[Int]] {
        guard !vertical, units.count >= 2 else { return units }
        func line(_ u: Int) -> TextLine? {
            guard units[u].count == 1 else { return nil }
            let block = blocks[units[u][0]]
            guard block.table == nil, block.lines.count == 1, block.lines[0].orientation == .horizontal else { return nil }
            return block.lines[0]
        }
        var tailOf: [Int: Int] = [:]
        var taken: Set<Int> = []
        for tail in units.indices {
            guard let right = line(tail), Self.opensContactTail(right.text) else { continue }
            let em = max(right.em, 1)
            let heads = units.indices.filter { u in
                guard u != tail, !taken.contains(u), tailOf[u] == nil, let left = line(u), Self.holdsContact(left.text) else { return false }
                let gap = right.box.x0 - left.box.x1
                return gap >= 0 && gap <= 6 * em && abs(left.box.y0 - right.box.y0) <= 0.3 * em && abs(left.box.y1 - right.box.y1) <= 0.3 * em
            }
            guard let head = heads.max(by: { blocks[units[$0][0]].box.x1 < blocks[units[$1][0]].box.x1 }) else { continue }
            let gap = Rect(x0: blocks[units[head][0]].box.x1, y0: right.box.y0, x1: right.box.x0, y1: right.box.y1)
            guard !units.indices.contains(where: { u in
                u != head && u != tail && units[u].contains { blocks[$0].box.xOverlap(gap) > 0.5 && blocks[$0].box.yOverlap(gap) > 0 }
            }) else { continue }
            tailOf[head] = tail
            taken.formUnion([head, tail])
        }
        guard !tailOf.isEmpty else { return units }
        let absorbed = Set(tailOf.values)
        return units.indices.compactMap { u -> [Int]? in
            if absorbed.contains(u) { return nil }
            return units[u] + (tailOf[u].map { units[$0] } ?? [])
        }
    }

    /// Whether a run opens with a contact key that follows a phone on its line.
    static func opensContactTail(_ text: String) -> Bool {
        let head = text.prefix(8).lowercased().replacingOccurrences(of: "‐", with: "-")
        return text.contains("@") || text.contains("＠")
            || ["e-mail", "email", "mail", "メール", "fax", "ｆａｘ"].contains { head.hasPrefix($0) }
    }

    /// Whether a run holds a phone number (seven digits or more) or an e-mail.
    static func holdsContact(_ text: String) -> Bool {
        text.contains("@") || text.unicodeScalars.filter { ("0"..."9").contains($0) || ("０"..."９").contains($0) }.count >= 7
    }
}
