/// Gives the rows of a table the group a band row above them names: `総務部` on a row of its
/// own, its count cells blank, over its indented 課 rows (`　総務課 | 1 | －`).
///
/// The band row counts no one and is no unit; the rows under it, set in from it, are its 課
/// and are named with it (the contract names a unit in full, 部 first). A band ends at the
/// next band or at a row set no further in than it.
enum BandGroups {
    /// The band of each row of `body` (nil where none, and on the band rows themselves).
    static func names(_ body: [[Table.Cell]], unitColumn: Int, roles: [ColumnRole]) -> [String?] {
        var band: (name: String, x0: Double)?
        var names: [String?] = []
        for r in body.indices {
            let box = unitColumn < body[r].count ? body[r][unitColumn].box : nil
            if isBand(r, in: body, unitColumn: unitColumn, roles: roles), let box {
                band = (Normalized.compact(body[r][unitColumn].text), box.x0)
                names.append(nil)
                continue
            }
            if let current = band, let box, box.x0 > current.x0 + 2 {
                names.append(current.name)
            } else {
                band = nil
                names.append(nil)
            }
        }
        return names
    }

    /// Whether row `r` is a band: a name with every count cell blank, over a row that counts
    /// someone and whose name is set further in.
    static func isBand(_ r: Int, in body: [[Table.Cell]], unitColumn: Int, roles: [ColumnRole]) -> Bool {
        let counts = roles.indices.filter { [.administrative, .technical, .total].contains(roles[$0]) }
        func blank(_ row: Int, _ column: Int) -> Bool {
            column >= body[row].count || Normalized.compact(body[row][column].text).isEmpty
        }
        guard !counts.isEmpty, r + 1 < body.count, unitColumn < body[r].count, unitColumn < body[r + 1].count,
            !blank(r, unitColumn), counts.allSatisfy({ blank(r, $0) }), !counts.allSatisfy({ blank(r + 1, $0) }),
            let own = body[r][unitColumn].box, let next = body[r + 1][unitColumn].box
        else { return false }
        return next.x0 > own.x0 + 2
    }
}
