/// The 配属実績 table: where one cohort was posted, per track.
public struct AssignmentRecord: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        public var unit: String
        public var administrative: Int
        public var technical: Int
        public var provenance: Provenance?

        public init(unit: String, administrative: Int, technical: Int, provenance: Provenance? = nil) {
            self.unit = unit
            self.administrative = administrative
            self.technical = technical
            self.provenance = provenance
        }
    }

    /// The fiscal year the cohort joined (`令和5年度入省者`).
    public var cohortFiscalYear: Int?
    /// `YYYY-MM` of the `…現在` date the section gives.
    public var asOf: String?
    public var rows: [Row]
    public var page: Int

    public init(cohortFiscalYear: Int?, asOf: String?, rows: [Row], page: Int) {
        self.cohortFiscalYear = cohortFiscalYear
        self.asOf = asOf
        self.rows = rows
        self.page = page
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cohortFiscalYear, forKey: .cohortFiscalYear)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(rows, forKey: .rows)
        try c.encode(page, forKey: .page)
    }
}
