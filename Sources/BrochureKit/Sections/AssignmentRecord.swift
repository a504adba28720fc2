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
    /// Whether the record is a continuation's, naming no cohort (not encoded). A chart or table
    /// continued at the top of the next column (`配属実績（続き）`) may be read before the foot of
    /// the column where it starts, so its part comes first: it is held open, and the next
    /// assignments part's record takes its rows (`joining`, in `ParsedPart.merge`).
    var continuation: Bool?
    /// Whether the table goes on in the next part (`（次ページへ続く）` at its foot; not encoded):
    /// the record is held open, and takes that part's rows (`continued(by:)`).
    var continues: Bool?
    /// The one track whose counts the record holds (a `配属実績（事務系）` table of its own; not
    /// encoded): held open for the other track's table (`merged(byUnit:)`, `SingleTrackAssignments`).
    var track: Track?

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

    /// This record with `open`'s rows after its own, its cohort and date kept; `open` itself
    /// when a unit is in both (then they are two tables, and the open one stands alone).
    func joining(_ open: AssignmentRecord) -> AssignmentRecord {
        let units = Set(rows.map(\.unit))
        guard !open.rows.contains(where: { units.contains($0.unit) }) else {
            var kept = open
            kept.continuation = nil
            return kept
        }
        var joined = self
        joined.rows += open.rows
        joined.page = min(page, open.page)
        joined.continuation = nil
        return joined
    }

    /// This record with `later`'s rows after its own, its cohort and date kept: the rows of the
    /// table's next page. `later` names another cohort or repeats a unit: then it is another
    /// table, and this one stands alone.
    func continued(by later: AssignmentRecord?) -> AssignmentRecord {
        var joined = self
        joined.continues = nil
        let units = Set(rows.map(\.unit))
        guard let later, later.cohortFiscalYear == nil || later.cohortFiscalYear == cohortFiscalYear,
            !later.rows.contains(where: { units.contains($0.unit) })
        else { return joined }
        joined.rows += later.rows
        joined.asOf = asOf ?? later.asOf
        joined.continues = later.continues
        return joined
    }

    /// The two per-track tables of one cohort as one: each unit with its count of `other`'s
    /// track from `other` and the rest from this record, units in this record's order then
    /// `other`'s new ones. Nil unless both hold one track each, not the same, and name no two
    /// cohorts.
    func merged(byUnit other: AssignmentRecord?) -> AssignmentRecord? {
        guard let other, let mine = track, let theirs = other.track, mine != theirs, mine != .other, theirs != .other,
            cohortFiscalYear == nil || other.cohortFiscalYear == nil || cohortFiscalYear == other.cohortFiscalYear
        else { return nil }
        var joined = self
        joined.track = nil
        joined.cohortFiscalYear = cohortFiscalYear ?? other.cohortFiscalYear
        joined.asOf = asOf ?? other.asOf
        for row in other.rows {
            if let i = joined.rows.firstIndex(where: { $0.unit == row.unit }) {
                if theirs == .administrative { joined.rows[i].administrative = row.administrative } else { joined.rows[i].technical = row.technical }
            } else {
                joined.rows.append(row)
            }
        }
        return joined
    }
}
