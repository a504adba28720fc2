/// Two support systems named on one bullet, joined by `・`, their periods in one bracket
/// after them, apart by `／` in the same order (`育児休業・育児短時間勤務（3歳まで／就学前まで）`).
///
/// Read as one, the system would be named by both names and neither would be found; the
/// slash says the bracket holds one period per name.
enum PairedSupportSystems {
    /// Each name with its period when `name` (compacted) joins as many names of three
    /// characters or more as `period` holds periods, parted by a slash; nil otherwise.
    static func split(name: String, period: String?) -> [(name: String, period: String)]? {
        guard let period, period.contains(where: { $0 == "/" || $0 == "／" }) else { return nil }
        let periods = period.split(whereSeparator: { $0 == "/" || $0 == "／" }).map { String($0).trimmingWhitespace() }
        let names = name.split(separator: "・").map(String.init)
        guard periods.count >= 2, names.count == periods.count, names.allSatisfy({ $0.count >= 3 }),
            periods.allSatisfy(SupportSystem.isPeriod)
        else { return nil }
        return Array(zip(names, periods))
    }
}
