/// Assignments as a list of units each ending in a PAIR of counts (`本社 …… 8／6`), the list
/// flowing over several columns: `unit | pair | unit | pair`, with no header row.
///
/// The pair names no track; a line of the section does, in the same order
/// (`（事務職／技術職）` in the intro, or the sum line `計 事務職57名／技術職75名`). Without such a
/// line the pair is not read, since its order cannot be known. Columns are read left to
/// right, each top to bottom, as the list flows; a `－` in the pair is nobody.
enum PairedCountColumns {
    /// One row per unit of `table` (on `page`), or nil when it is not such a list: every filled
    /// row holds a name then a pair in each pair of columns, three units at least.
    static func rows(_ table: Table, page: Int, order: [ColumnRole]) -> [AssignmentRecord.Row]? {
        guard order.count == 2, table.columns.count >= 2, table.columns.count % 2 == 0 else { return nil }
        var rows: [AssignmentRecord.Row] = []
        for column in stride(from: 0, to: table.columns.count, by: 2) {
            for cells in table.rows {
                guard column + 1 < cells.count else { return nil }
                let name = Normalized.compact(cells[column].text)
                let pairText = cells[column + 1].text
                if name.isEmpty, Normalized.compact(pairText).isEmpty { continue }
                guard !name.isEmpty, pair(name) == nil, !name.contains(where: { $0.isASCII && $0.isNumber }), let counts = pair(pairText) else { return nil }
                func count(_ role: ColumnRole) -> Int { order.firstIndex(of: role).map { counts[$0] } ?? 0 }
                rows.append(AssignmentRecord.Row(
                    unit: name, administrative: count(.administrative), technical: count(.technical),
                    provenance: Rect.enclosing([cells[column].box, cells[column + 1].box].compactMap { $0 }).map {
                        Provenance(page: page, box: $0, text: cells[column].text + "\t" + pairText)
                    }))
            }
        }
        return rows.count >= 3 ? rows : nil
    }

    /// `8／6` → [8, 6]; `14／－` → [14, 0]; nil for anything else (a lone count, a date).
    static func pair(_ raw: String) -> [Int]? {
        let text = Normalized.compact(raw).filter { $0 != " " }
        let halves = text.split(separator: "／", omittingEmptySubsequences: false)
        let parts = halves.count == 2 ? halves : text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        var counts: [Int] = []
        for part in parts {
            guard !part.isEmpty else { return nil }
            if Headcount.noneMarks.contains(String(part)) {
                counts.append(0)
            } else {
                guard part.allSatisfy({ $0.isASCII && $0.isNumber }), part.count <= 3, let value = Int(part) else { return nil }
                counts.append(value)
            }
        }
        return counts
    }

    /// The order of the tracks in a pair, from the first line that names them on either side
    /// of a slash (`（事務職／技術職）`, `計 事務職57名／技術職75名`).
    static func order(in texts: [String]) -> [ColumnRole]? {
        for raw in texts {
            let text = Normalized.compact(raw)
            for slash in ["／", "/"] {
                let sides = text.components(separatedBy: slash)
                guard sides.count == 2 else { continue }
                let roles = sides.map { side in Track(label: side) }
                // Each side names one track only (`事務系・技術系` on one side says no order).
                guard sides.allSatisfy({ !($0.contains("事務") && $0.contains("技術")) }) else { continue }
                switch (roles[0], roles[1]) {
                case (.administrative, .technical): return [.administrative, .technical]
                case (.technical, .administrative): return [.technical, .administrative]
                default: continue
                }
            }
        }
        return nil
    }
}
