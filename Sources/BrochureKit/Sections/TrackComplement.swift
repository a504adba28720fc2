/// The other track of a two-track table whose header names one track and the other by a job
/// title (`行政職 | 植物防疫官 | 計`): the column of counts beside the named track that adds up
/// with it to the total is the other track.
///
/// An agency whose technical staff hold one post names the column after the post, as its
/// pages do throughout (`植物防疫官`, `航空管制官`), and says once, in a note, that the post is
/// technical. The arithmetic says so for every row: the unnamed column's count and the named
/// track's make the total. Taken only when every row whose three cells are figures adds up,
/// two rows at least; a table without a total column (a unit's assignments) takes it only
/// from a header whose other track the hiring table settled the same way (`settled`).
enum TrackComplement {
    /// `roles` with the one unknown column of counts given the missing track, when the table
    /// names one track, has a total, and each row adds up (`counts(row, column)` reads a cell's
    /// count); `roles` unchanged otherwise.
    static func completed(_ roles: [ColumnRole], rows: Int, counts: (Int, Int) -> Int?) -> [ColumnRole] {
        guard let missing = missingTrack(roles), let total = roles.firstIndex(of: .total),
            let known = roles.firstIndex(where: { $0 == .administrative || $0 == .technical })
        else { return roles }
        let unknown = roles.indices.filter { roles[$0] == .unknown && $0 > 0 && $0 != total }
        guard unknown.count == 1, let other = unknown.first else { return roles }
        var checked = 0
        for row in 0..<rows {
            guard let a = counts(row, known), let b = counts(row, other), let t = counts(row, total) else { continue }
            guard a + b == t else { return roles }
            checked += 1
        }
        guard checked >= 2 else { return roles }
        var result = roles
        result[other] = missing
        return result
    }

    /// `roles` of an assignment table's header (`配属先 | 行政職 | 植物防疫官`) with the one other
    /// column of counts given the missing track: a table of units counts the tracks, and a
    /// column named for neither track nor a total, nor for the women or a note, beside one
    /// track's is the other's. `labels` are the header's cells.
    static func completed(_ roles: [ColumnRole], labels: [String]) -> [ColumnRole] {
        guard let missing = missingTrack(roles), roles.count == labels.count else { return roles }
        let unknown = roles.indices.filter { $0 > 0 && roles[$0] == .unknown }
        guard unknown.count == 1, let other = unknown.first else { return roles }
        let label = Normalized.compact(labels[other])
        guard (2...8).contains(label.count), !notTracks.contains(where: label.contains) else { return roles }
        var result = roles
        result[other] = missing
        return result
    }

    /// Words of a column that is no track: the women, a note, a share, a count of another kind.
    static let notTracks = ["女性", "男性", "うち", "備考", "計", "人数", "割合", "%", "率", "再任用", "任期", "会計年度", "非常勤", "臨時"]

    /// The track a header of one track lacks, or nil when it names both or neither.
    static func missingTrack(_ roles: [ColumnRole]) -> ColumnRole? {
        switch (roles.contains(.administrative), roles.contains(.technical)) {
        case (true, false): .technical
        case (false, true): .administrative
        default: nil
        }
    }

    /// A cell's head count as the normaliser reads it (`9（4）` → 9, `－` → 0); nil for a cell
    /// that is no count.
    static func headcount(_ text: String) -> Int? {
        do {
            return try Headcount.parse(text)?.count ?? 0
        } catch {
            return nil
        }
    }
}
