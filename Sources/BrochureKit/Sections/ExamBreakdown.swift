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
    /// A note says the breakdown goes on over the page (`ExamPageNote`): the next breakdown
    /// part's entries join it (`continued(by:)`). Not written out.
    var continues: Bool?

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

    /// `entries` with those of one track, level and category added into the first: a category
    /// offered in two rounds of the exam (`前期` and `後期`, `一般事務` 4 and 2) is one category
    /// of 6. The breakdown's sums are unchanged; only the rows are one per category.
    static func mergingRounds(_ entries: [Entry]) -> [Entry] {
        var merged: [Entry] = []
        var index: [String: Int] = [:]
        for entry in entries {
            let key = "\(entry.track.rawValue) \(entry.level.rawValue) \(entry.category)"
            if let at = index[key] {
                let (sum, overflow) = merged[at].count.addingReportingOverflow(entry.count)
                if !overflow { merged[at].count = sum }
            } else {
                index[key] = merged.count
                merged.append(entry)
            }
        }
        return merged
    }

    /// This breakdown with the entries of the part printed later (the other exam's table overleaf)
    /// that it does not have already (by track, level and category); closed when that part read nothing.
    func continued(by later: ExamBreakdown?) -> ExamBreakdown {
        var joined = self
        joined.continues = nil
        guard let later else { return joined }
        let keys = Set(entries.map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category)" })
        joined.entries += later.entries.filter { !keys.contains("\($0.track.rawValue) \($0.level.rawValue) \($0.category)") }
        joined.continues = later.continues
        return joined
    }
}
