/// The two halves of one table set side by side, read one after the other.
extension ReadingOrder {
    /// Joins a table to the one table level with it on its right that repeats its row labels
    /// (`事務 / うち女性 / 技術 …` beside the same labels), or its header row (`年度 | 事務系 |
    /// 技術系 | 計` over other years): one table's years cut in two halves.
    /// (A row of year cards, three or more, is read card by card as it is.)
    ///
    /// The halves are found as two tables (`GutterReading.repeatsRowLabels`), and the gutter
    /// between them often runs on down the page between two columns. Breuel's rule then reads
    /// the whole left column, notes under the left half and all, before the right half; a
    /// reader takes the two halves together, then what lies under them.
    func joiningTableHalves(_ units: [[Int]], blocks: [Block]) -> [[Int]] {
        guard !vertical, units.count >= 2 else { return units }
        func table(_ u: Int) -> (Table, Rect)? {
            guard units[u].count == 1, let table = blocks[units[u][0]].table else { return nil }
            return (table, blocks[units[u][0]].box)
        }
        var partner: [Int: Int] = [:]
        for a in units.indices {
            guard let (left, box) = table(a) else { continue }
            let em = max(blocks[units[a][0]].lines.map(\.em).max() ?? 10, 1)
            let twins = units.indices.filter { b in
                guard b != a, let (other, otherBox) = table(b) else { return false }
                return abs(otherBox.y0 - box.y0) <= em && abs(otherBox.y1 - box.y1) <= em
                    && (Self.sameRowLabels(left, other) || Self.sameHeader(left, other))
            }
            // Two halves; not a row of cards, one a year, nor two boxes each under its own
            // title (`事務系の試験について` over one office's `担当 / 電話 …`, `技術系…` over the other's).
            guard twins.count == 1, let right = twins.first, case let rightBox = blocks[units[right][0]].box, rightBox.x0 >= box.x1,
                partner[right] == nil, !(Self.captioned(box, em: em, blocks: blocks) && Self.captioned(rightBox, em: em, blocks: blocks))
            else { continue }
            partner[a] = right
        }
        guard !partner.isEmpty else { return units }
        let absorbed = Set(partner.values)
        return units.indices.compactMap { u -> [Int]? in
            if absorbed.contains(u) { return nil }
            return units[u] + (partner[u].map { units[$0] } ?? [])
        }
    }

    /// Whether a block sits just above `box` (within two and a half em) and within its width.
    static func captioned(_ box: Rect, em: Double, blocks: [Block]) -> Bool {
        blocks.contains { block in
            let b = block.box
            return b.y1 <= box.y0 + 0.5 && b.y1 >= box.y0 - 2.5 * em && b.x0 >= box.x0 - em && b.x1 <= box.x1 + em
        }
    }

    /// Whether two tables open with the same header row, three words or more and no figure,
    /// read as one text: the detector may join two of one half's header cells that the other
    /// keeps apart (`技術系職員 計`).
    static func sameHeader(_ a: Table, _ b: Table) -> Bool {
        guard a.headerRowCount >= 1, b.headerRowCount >= 1, let x = a.rows.first, let y = b.rows.first,
            x.filter({ !$0.text.isEmpty }).count >= 3,
            !x.contains(where: { $0.text.unicodeScalars.contains(where: TableDetector.isDigit) })
        else { return false }
        func text(_ row: [Table.Cell]) -> String {
            String(String.UnicodeScalarView(row.flatMap(\.text.unicodeScalars).filter { !UnmappedText.isWhitespace($0) }))
        }
        return text(x) == text(y)
    }

    /// Whether two tables have as many rows and the same label in each row's first cell (three
    /// labels at least, no figure among them).
    static func sameRowLabels(_ a: Table, _ b: Table) -> Bool {
        guard a.rows.count == b.rows.count else { return false }
        let labels = zip(a.rows, b.rows).compactMap { ra, rb -> (String, String)? in
            guard let x = ra.first?.text, let y = rb.first?.text, !x.isEmpty || !y.isEmpty else { return nil }
            return (x, y)
        }
        return labels.count >= 3 && labels.allSatisfy { $0 == $1 && !TableDetector.isNumeric($0) }
    }
}
