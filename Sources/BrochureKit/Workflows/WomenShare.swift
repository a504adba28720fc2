/// The share of women among one year's hires on one track, in the new edition, beside the
/// share the old edition gave for the same year.
///
/// Ministries are asked about this figure every year; putting the new edition's series and the
/// old edition's figure for the same year side by side shows both the trend and any revision.
public struct WomenShare: Sendable, Hashable, Codable {
    /// The tracks a hiring row can give, in the order reports list them.
    public static let tracks = ["total", "administrative", "technical"]

    /// The row's figure for one of `tracks`.
    public static func figure(_ track: String, of row: HiringRecord.Row?) -> CountWithWomen? {
        switch track {
        case "total": return row?.total
        case "administrative": return row?.administrative
        case "technical": return row?.technical
        default: return nil
        }
    }

    public var fiscalYear: Int
    /// `total`, `administrative` or `technical`.
    public var track: String
    /// The new edition's row is a planned figure (`（予定数）`).
    public var planned: Bool
    public var count: Int
    /// Null when the brochure gives no women's figure.
    public var women: Int?
    /// `women / count` as a percentage with one decimal; null without women or hires.
    public var percent: Double?
    /// The same year and track's percentage in the old edition; null when it lacks the year.
    public var oldPercent: Double?

    public init(fiscalYear: Int, track: String, planned: Bool, count: Int, women: Int?, percent: Double?, oldPercent: Double?) {
        self.fiscalYear = fiscalYear
        self.track = track
        self.planned = planned
        self.count = count
        self.women = women
        self.percent = percent
        self.oldPercent = oldPercent
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fiscalYear, forKey: .fiscalYear)
        try c.encode(track, forKey: .track)
        try c.encode(planned, forKey: .planned)
        try c.encode(count, forKey: .count)
        try c.encode(women, forKey: .women)
        try c.encode(percent, forKey: .percent)
        try c.encode(oldPercent, forKey: .oldPercent)
    }

    /// `women / count` in percent, rounded to one decimal (21 of 66 → 31.8); nil when either
    /// is unknown or nobody was hired.
    public static func percent(_ figure: CountWithWomen?) -> Double? {
        guard let figure, let women = figure.women, figure.count > 0 else { return nil }
        return (Double(women) * 1000 / Double(figure.count)).rounded() / 10
    }

    /// The new edition's series: every year and track it gives a figure for, with the old
    /// edition's percentage for the same year where it has one.
    public static func series(old: HiringRecord?, new: HiringRecord?) -> [WomenShare] {
        guard let new else { return [] }
        var result: [WomenShare] = []
        for row in new.rows {
            let before = old?.rows.first { $0.fiscalYear == row.fiscalYear }
            for track in tracks {
                guard let figure = figure(track, of: row) else { continue }
                result.append(WomenShare(
                    fiscalYear: row.fiscalYear, track: track, planned: row.planned, count: figure.count,
                    women: figure.women, percent: percent(figure), oldPercent: percent(Self.figure(track, of: before))))
            }
        }
        return result
    }
}
