/// The figures `brochure report` draws, gathered from an organization's editions.
///
/// Each fiscal year's hires come from the newest edition that gives them as actual figures; a
/// year no edition has reported yet comes from the newest plan and is marked planned. Every
/// figure keeps the file and page it was read from, so the report can link to it.
public struct ReportData: Sendable {
    /// Where a figure was printed.
    public struct Source: Sendable, Hashable {
        public var file: String
        public var page: Int
    }

    /// One fiscal year's hires as the chosen edition prints them, and where.
    public struct HiringYear: Sendable {
        public var row: HiringRecord.Row
        public var source: Source
    }

    public struct Assignments: Sendable {
        public var cohortFiscalYear: Int?
        public var rows: [AssignmentRecord.Row]
        public var source: Source
    }

    public var organization: String
    /// `2024 (2024-03) soumu-2024.pdf`, oldest first.
    public var editions: [String]
    public var hiring: [HiringYear]
    /// The newest edition's assignments.
    public var assignments: Assignments?
    /// The newest edition against the one before it; nil with a single edition.
    public var latestDiff: DocumentDiff?

    /// The report of `documents`, given oldest edition first.
    public init(documents: [BrochureDocument]) {
        let ordered = documents.enumerated().sorted {
            ($0.element.edition?.year ?? 0, $0.element.edition?.asOf ?? "", $0.offset)
                < ($1.element.edition?.year ?? 0, $1.element.edition?.asOf ?? "", $1.offset)
        }.map(\.element)
        organization = ordered.last?.organization ?? "(no organization)"
        editions = ordered.map { document in
            let year = document.edition.map { "\($0.year) (\($0.asOf))" } ?? "no edition date"
            return "\(year) \(document.source.file)"
        }
        var byYear: [Int: HiringYear] = [:]
        for document in ordered {
            guard let record = document.sections.hiring else { continue }
            for row in record.rows {
                // A later edition replaces a year, except that a plan never replaces actual figures.
                if let known = byYear[row.fiscalYear], !known.row.planned, row.planned { continue }
                byYear[row.fiscalYear] = HiringYear(row: row, source: Source(file: document.source.file, page: record.page))
            }
        }
        hiring = byYear.values.sorted { $0.row.fiscalYear < $1.row.fiscalYear }
        assignments = ordered.last { $0.sections.assignments != nil }.flatMap { document in
            document.sections.assignments.map {
                Assignments(cohortFiscalYear: $0.cohortFiscalYear, rows: $0.rows, source: Source(file: document.source.file, page: $0.page))
            }
        }
        latestDiff = ordered.count >= 2 ? EditionDiff.compare(old: ordered[ordered.count - 2], new: ordered[ordered.count - 1]) : nil
    }

}
