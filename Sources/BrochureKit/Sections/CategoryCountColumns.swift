/// A hiring table whose count columns are exam categories or a track split by field, not one
/// column per track: `行政 | 機械 | 電気・電子 | 計`, `事務職 | 技術職（土木） | 技術職（設備） | 計`.
///
/// Read one label per column, `行政` and `機械` name no track, and a second `技術職（…）` column
/// is never read (the first counts as the whole track). The categories tell their track as an
/// exam's do (`ExamTechnicalWords`; `行政`, `法律`, `福祉` are administrative), and the
/// arithmetic settles it: each track is the sum of its columns, taken only when every year's
/// columns add up to its total, two years at least. The table comes back with one column per
/// track, holding the sums (women summed where every cell gives them).
enum CategoryCountColumns {
    /// Administrative exam categories as a column names them; a job class (`総合職`, `一般職`)
    /// is none, so a table split by class is never read as one track.
    static let administrativeWords = ["行政", "法律", "経済", "法文", "法経", "社会福祉", "福祉", "心理", "学校事務", "警察事務"]

    /// `table` (years down its first column from row `headerRows` on) with its category or
    /// split-track columns folded into one per track; nil when it has none or they do not add up.
    static func folded(_ table: Table, yearRows: [Int], headerRows: Int) -> Table? {
        let width = table.columns.count
        guard width >= 4, let (labels, roles) = ColumnRole.header(of: table, rows: headerRows) else { return nil }
        guard roles.filter({ $0 == .total }).count == 1, let total = roles.firstIndex(of: .total) else { return nil }
        var tracks: [Int: ColumnRole] = [:]
        var named = 0
        for c in 1..<width where c != total {
            guard let track = track(of: labels[c], role: roles[c]) else { return nil }
            tracks[c] = track
            if roles[c] == track { named += 1 }
        }
        // A category beside a column that names its track is a kind apart (`一般事務 | 技術 |
        // 保健師 | 計`: the nurses are neither track's), not a part of that track.
        let namedTracks = Set((1..<width).filter { $0 != total && roles[$0] == tracks[$0] }.compactMap { tracks[$0] })
        guard !tracks.contains(where: { roles[$0.key] != $0.value && namedTracks.contains($0.value) }) else { return nil }
        let admin = tracks.keys.filter { tracks[$0] == .administrative }.sorted()
        let tech = tracks.keys.filter { tracks[$0] == .technical }.sorted()
        // Nothing to fold where each track has its column, named as the track.
        guard admin.count > 1 || tech.count > 1 || named < tracks.count else { return nil }
        guard addsUp(table, yearRows: yearRows, parts: admin + tech, total: total) else { return nil }
        var rows = table.rows
        var dropped = Set<Int>()
        for (group, word) in [(admin, "事務"), (tech, "技術")] where !group.isEmpty {
            let kept = group[0]
            dropped.formUnion(group.dropFirst())
            for r in rows.indices {
                if r < headerRows {
                    // The folded column is the track's: a category's or a field's label would name it no more.
                    if group.count > 1 || roles[kept] != tracks[kept] {
                        rows[r][kept].text = r == headerRows - 1 ? word : ""
                        rows[r][kept].lines = []
                    }
                } else if yearRows.contains(r) {
                    guard let sum = JobClassSubColumns.sum(group.map { table.rows[r][$0] }) else { return nil }
                    rows[r][kept] = sum
                }
            }
        }
        let keep = (0..<width).filter { !dropped.contains($0) }
        return Table(
            box: table.box, columns: keep.map { table.columns[$0] }, rows: rows.map { row in keep.map { row[$0] } },
            headerRowCount: table.headerRowCount)
    }

    /// The track of a count column: as its label names it, or as the category it names does;
    /// nil for a column that is neither (the women, a note, a job class, no label).
    static func track(of label: String, role: ColumnRole) -> ColumnRole? {
        switch role {
        case .administrative, .technical: return role
        case .unknown:
            guard !label.isEmpty, label.count <= 10, !TrackComplement.notTracks.contains(where: label.contains) else { return nil }
            if ExamTechnicalWords.namesTechnicalJob(label) { return .technical }
            return administrativeWords.contains(where: label.contains) ? .administrative : nil
        default: return nil
        }
    }

    /// Whether every year whose cells are all counts has its parts adding up to its total, two years at least.
    static func addsUp(_ table: Table, yearRows: [Int], parts: [Int], total: Int) -> Bool {
        var checked = 0
        for r in yearRows {
            let counts = parts.compactMap { TrackComplement.headcount(table.rows[r][$0].text) }
            guard counts.count == parts.count, let t = TrackComplement.headcount(table.rows[r][total].text) else { continue }
            guard counts.reduce(0, +) == t else { return false }
            checked += 1
        }
        return checked >= 2
    }
}
