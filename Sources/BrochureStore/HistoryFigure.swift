extension History {
    /// A count with the women among it and their share.
    ///
    /// In a `Comparison` the same three values are differences, actual minus planned, and the
    /// share is in percentage points.
    public struct Count: Sendable, Hashable, Codable {
        public var count: Int
        public var women: Int?
        /// Women as a percentage of `count`, one decimal; null when women are not given or
        /// the count is 0.
        public var womenShare: Double?

        public init(count: Int, women: Int?, womenShare: Double?) {
            self.count = count
            self.women = women
            self.womenShare = womenShare
        }

        /// A stored count and its women, with the share worked out.
        public init(count: Int, women: Int?) {
            self.init(count: count, women: women, womenShare: Self.share(women, of: count).map(Self.oneDecimal))
        }

        /// `women` as an exact percentage of `count`.
        static func share(_ women: Int?, of count: Int) -> Double? {
            guard let women, count > 0 else { return nil }
            return Double(women) * 100 / Double(count)
        }

        /// Rounded half away from zero to one decimal: 36.3636… → 36.4.
        static func oneDecimal(_ value: Double) -> Double {
            (value * 10).rounded() / 10
        }

        /// `actual − planned`; women and share only when both sides give them.
        static func difference(_ actual: Count?, _ planned: Count?) -> Count? {
            guard let actual, let planned else { return nil }
            let women = actual.women.flatMap { a in planned.women.map { a - $0 } }
            let shares = (share(actual.women, of: actual.count), share(planned.women, of: planned.count))
            let points = shares.0.flatMap { a in shares.1.map { oneDecimal(a - $0) } }
            return Count(count: actual.count - planned.count, women: women, womenShare: points)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(count, forKey: .count)
            try c.encode(women, forKey: .women)
            try c.encode(womenShare, forKey: .womenShare)
        }
    }

    /// One hiring row of one edition.
    public struct Figure: Sendable, Hashable, Codable {
        public var edition: Edition
        /// The year as that edition prints it (`R6`, `令和6年度`).
        public var label: String
        /// Planned hires (`（予定数）`), not actual ones.
        public var planned: Bool
        public var total: Count?
        public var administrative: Count?
        public var technical: Count?

        public init(edition: Edition, label: String, planned: Bool, total: Count?, administrative: Count?, technical: Count?) {
            self.edition = edition
            self.label = label
            self.planned = planned
            self.total = total
            self.administrative = administrative
            self.technical = technical
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(edition, forKey: .edition)
            try c.encode(label, forKey: .label)
            try c.encode(planned, forKey: .planned)
            try c.encode(total, forKey: .total)
            try c.encode(administrative, forKey: .administrative)
            try c.encode(technical, forKey: .technical)
        }
    }

    /// A planned figure beside the actual one for the same year, and the difference.
    public struct Comparison: Sendable, Hashable, Codable {
        /// The edition that planned it: the newest giving the year as planned.
        public var plannedEdition: Edition
        /// The first edition after it giving the year as actual.
        public var actualEdition: Edition
        /// Actual minus planned.
        public var total: Count?
        public var administrative: Count?
        public var technical: Count?

        /// The comparison of two figures, actual minus planned.
        public init(planned: Figure, actual: Figure) {
            plannedEdition = planned.edition
            actualEdition = actual.edition
            total = Count.difference(actual.total, planned.total)
            administrative = Count.difference(actual.administrative, planned.administrative)
            technical = Count.difference(actual.technical, planned.technical)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(plannedEdition, forKey: .plannedEdition)
            try c.encode(actualEdition, forKey: .actualEdition)
            try c.encode(total, forKey: .total)
            try c.encode(administrative, forKey: .administrative)
            try c.encode(technical, forKey: .technical)
        }
    }
}
