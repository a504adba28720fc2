import GRDB

/// Builds `History` from the `hiring` table: the figures of an organization's editions,
/// grouped by fiscal year.
extension BrochureDatabase {
    /// One row of `hiring`, as the history query reads it.
    struct HiringRow: Decodable, FetchableRecord {
        var documentId: Int64
        var fiscalYear: Int
        var label: String
        var planned: Bool
        var totalCount: Int?
        var totalWomen: Int?
        var adminCount: Int?
        var adminWomen: Int?
        var techCount: Int?
        var techWomen: Int?
    }

    /// `organization`'s hiring by fiscal year from its current editions, or from every stored
    /// edition with `allEditions`. Throws `StoreError.unknownOrganization` (listing the
    /// organizations stored) when it has none.
    public func history(organization: String, allEditions: Bool = false) throws -> History {
        let editions = try editions(organization: organization).filter { allEditions || $0.isCurrent }
        let ids = editions.map(\.id)
        let rows = try perform {
            try pool.read { db in
                try HiringRow.fetchAll(
                    db, sql: "SELECT * FROM hiring WHERE documentId IN (\(databaseQuestionMarks(count: ids.count))) ORDER BY fiscalYear, id",
                    arguments: StatementArguments(ids))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: editions.enumerated().map { ($1.id, $0) })
        let named = Dictionary(uniqueKeysWithValues: editions.map { ($0.id, Self.historyEdition($0)) })
        var years: [History.FiscalYear] = []
        for (year, yearRows) in Dictionary(grouping: rows, by: \.fiscalYear).sorted(by: { $0.key < $1.key }) {
            let figures = yearRows
                .sorted { order[$0.documentId, default: 0] < order[$1.documentId, default: 0] }
                .compactMap { row in named[row.documentId].map { Self.figure(row, edition: $0) } }
            years.append(History.FiscalYear(fiscalYear: year, figures: figures, plannedVsActual: Self.comparison(of: figures)))
        }
        return History(organization: organization, allEditions: allEditions, editions: editions.map(Self.historyEdition), fiscalYears: years)
    }

    /// The last planned figure against the first actual one from a later edition.
    static func comparison(of figures: [History.Figure]) -> History.Comparison? {
        guard let plannedIndex = figures.lastIndex(where: \.planned),
              let actual = figures[(plannedIndex + 1)...].first(where: { !$0.planned && $0.edition != figures[plannedIndex].edition })
        else { return nil }
        return History.Comparison(planned: figures[plannedIndex], actual: actual)
    }

    private static func historyEdition(_ edition: StoredEdition) -> History.Edition {
        History.Edition(year: edition.editionYear ?? 0, asOf: edition.asOf, file: edition.file, sha256: edition.sha256, current: edition.isCurrent)
    }

    private static func figure(_ row: HiringRow, edition: History.Edition) -> History.Figure {
        func count(_ count: Int?, _ women: Int?) -> History.Count? { count.map { History.Count(count: $0, women: women) } }
        return History.Figure(
            edition: edition, label: row.label, planned: row.planned,
            total: count(row.totalCount, row.totalWomen),
            administrative: count(row.adminCount, row.adminWomen),
            technical: count(row.techCount, row.techWomen))
    }
}
