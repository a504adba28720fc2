/// The 試験区分 breakdown: the coming cohort by track, exam level and exam category.
public struct ExamBreakdown: Sendable, Hashable, Codable {
    public struct Entry: Sendable, Hashable, Codable {
        public var track: Track
        public var level: Level
        public var category: String
        public var count: Int
        public var provenance: Provenance?

        public init(track: Track, level: Level, category: String, count: Int, provenance: Provenance? = nil) {
            self.track = track
            self.level = level
            self.category = category
            self.count = count
            self.provenance = provenance
        }
    }

    public enum Level: String, Sendable, Codable {
        /// 大卒程度試験
        case undergraduate
        /// 院卒程度試験
        case graduate
    }

    public var cohortFiscalYear: Int?
    /// `（予定）`: the figures are planned hires.
    public var planned: Bool
    public var entries: [Entry]
    public var page: Int

    public init(cohortFiscalYear: Int?, planned: Bool, entries: [Entry], page: Int) {
        self.cohortFiscalYear = cohortFiscalYear
        self.planned = planned
        self.entries = entries
        self.page = page
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cohortFiscalYear, forKey: .cohortFiscalYear)
        try c.encode(planned, forKey: .planned)
        try c.encode(entries, forKey: .entries)
        try c.encode(page, forKey: .page)
    }
}
