/// A group column naming regions (`地域 | 配属先 | 事務系 | 技術系`, `関東` spanning three
/// offices): the offices' names stand alone.
///
/// A 部 spanning its 課 is part of each 課's name (`GroupColumn`): `総務課` alone may be any
/// 部's. A region spanning its offices only sorts them on the map: each office has its own
/// name (`利根導水総合事業所`), and the region before it names no unit. The header says which.
enum RegionColumn {
    /// The header labels of a column that sorts its rows by region.
    static let labels: Set<String> = ["地域", "地区", "エリア", "ブロック", "方面", "地方", "地域ブロック"]

    /// Whether `column` of `table` is headed, in the rows down to `header`, by a region label.
    static func isRegion(_ table: Table, column: Int, header: Int) -> Bool {
        guard header >= 0, header < table.rows.count else { return false }
        let label = table.rows[...header].map { column < $0.count ? Normalized.compact($0[column].text) : "" }.joined()
        return labels.contains(label)
    }
}
