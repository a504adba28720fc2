/// The 採用実績 table: hires per fiscal year, in total and per track, with the women among them.
public struct HiringRecord: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        public var fiscalYear: Int
        /// The year as printed, normalised (`R2`, `令和2年度`, `2020年度`), without the planned mark.
        public var label: String
        /// A `（予定数）`/`（予定）` row: planned hires, not actual ones.
        public var planned: Bool
        public var total: CountWithWomen?
        public var administrative: CountWithWomen?
        public var technical: CountWithWomen?
        /// Hires the total counts under neither track, in a column of their own (`技能`, `保健師`).
        public var other: CountWithWomen?
        public var provenance: Provenance?

        /// The row's counts: the total, each track and the third group.
        static var counts: [WritableKeyPath<Row, CountWithWomen?>] { [\.total, \.administrative, \.technical, \.other] }

        /// Whether one of the row's counts gives its women: a record that never does says nothing of them.
        var countsWomen: Bool { Self.counts.contains { self[keyPath: $0]?.women != nil } }

        public init(
            fiscalYear: Int, label: String, planned: Bool, total: CountWithWomen?, administrative: CountWithWomen?,
            technical: CountWithWomen?, other: CountWithWomen? = nil, provenance: Provenance? = nil
        ) {
            self.fiscalYear = fiscalYear
            self.label = label
            self.planned = planned
            self.total = total
            self.administrative = administrative
            self.technical = technical
            self.other = other
            self.provenance = provenance
        }
    }

    public var rows: [Row]
    /// What the technical track covers when the header says so (`（うち情報通信行政）`).
    public var technicalScope: String?
    /// What the hires in `other` are, as the header names them (`技能`); absent without them.
    public var otherScope: String?
    public var page: Int

    public init(rows: [Row], technicalScope: String?, otherScope: String? = nil, page: Int) {
        self.rows = rows
        self.technicalScope = technicalScope
        self.otherScope = otherScope
        self.page = page
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rows, forKey: .rows)
        try c.encode(technicalScope, forKey: .technicalScope)
        try c.encodeIfPresent(otherScope, forKey: .otherScope)
        try c.encode(page, forKey: .page)
    }

    /// `rows` with no women among no hires, when the record counts women: a cell of `0`,
    /// `採用なし` or left empty beside counts like `4（2）` has none, though it prints no
    /// women's figure. A record that never counts women keeps them unknown.
    static func noWomenInNoHires(_ rows: [Row]) -> [Row] {
        let cells = Row.counts
        guard rows.contains(where: \.countsWomen) else { return rows }
        return rows.map { row in
            var row = row
            for cell in cells where row[keyPath: cell]?.count == 0 && row[keyPath: cell]?.women == nil { row[keyPath: cell]?.women = 0 }
            return row
        }
    }

    /// `rows` with no women in a track whose women's figure the row leaves out (`5（－）`,
    /// a dash for none) while its total's women equal the other track's (`11（2）` = `6（2）`
    /// + `5（－）`): the sum says there were none. Only none: a sum that leaves some women
    /// over would be a figure the page does not print.
    static func noWomenBySum(_ rows: [Row]) -> [Row] {
        rows.map { row in
            guard !row.planned, let total = row.total?.women, let admin = row.administrative, let tech = row.technical else { return row }
            var row = row
            if admin.women == nil, tech.women == total, admin.count > 0 { row.administrative?.women = 0 }
            if tech.women == nil, admin.women == total, tech.count > 0 { row.technical?.women = 0 }
            return row
        }
    }

    /// `rows` oldest year first, rows of one year in their order; unchanged when already so.
    static func oldestFirst(_ rows: [Row]) -> [Row] {
        guard zip(rows, rows.dropFirst()).contains(where: { $0.fiscalYear > $1.fiscalYear }) else { return rows }
        return rows.enumerated().sorted { ($0.element.fiscalYear, $0.offset) < ($1.element.fiscalYear, $1.offset) }.map(\.element)
    }
}
