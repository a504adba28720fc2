import Foundation

/// What `brochure history` reports: one organization's hiring by fiscal year across its stored
/// editions, each figure with the edition it came from.
///
/// A year appears in several editions: planned (`（予定数）`) in the edition of that year, then
/// actual in the following ones. Listing every figure with its edition, and the planned figure
/// beside the first actual one, shows both how plans turned out and where editions disagree.
/// Field names are the public contract, documented in `Schemas/history.schema.json`.
public struct History: Sendable, Hashable, Codable {
    /// One stored brochure a figure comes from.
    public struct Edition: Sendable, Hashable, Codable {
        /// The edition year (`document.edition.year`).
        public var year: Int
        /// `YYYY-MM` of the edition's `…現在` date.
        public var asOf: String?
        /// The brochure PDF's base name.
        public var file: String
        public var sha256: String
        /// False for an edition another file of the same year supersedes (`--all-editions`).
        public var current: Bool

        public init(year: Int, asOf: String?, file: String, sha256: String, current: Bool) {
            self.year = year
            self.asOf = asOf
            self.file = file
            self.sha256 = sha256
            self.current = current
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(year, forKey: .year)
            try c.encode(asOf, forKey: .asOf)
            try c.encode(file, forKey: .file)
            try c.encode(sha256, forKey: .sha256)
            try c.encode(current, forKey: .current)
        }
    }

    /// Every figure given for one fiscal year, oldest edition first.
    public struct FiscalYear: Sendable, Hashable, Codable {
        public var fiscalYear: Int
        public var figures: [Figure]
        /// The last planned figure against the first actual one an edition after it gives;
        /// null until both exist.
        public var plannedVsActual: Comparison?

        public init(fiscalYear: Int, figures: [Figure], plannedVsActual: Comparison?) {
            self.fiscalYear = fiscalYear
            self.figures = figures
            self.plannedVsActual = plannedVsActual
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(fiscalYear, forKey: .fiscalYear)
            try c.encode(figures, forKey: .figures)
            try c.encode(plannedVsActual, forKey: .plannedVsActual)
        }
    }

    public var schemaVersion = 1
    public var organization: String
    /// Superseded editions are included (`--all-editions`); otherwise current ones only.
    public var allEditions: Bool
    /// The editions the figures come from, oldest first.
    public var editions: [Edition]
    /// Every fiscal year any of those editions gives, oldest first.
    public var fiscalYears: [FiscalYear]

    public init(organization: String, allEditions: Bool, editions: [Edition], fiscalYears: [FiscalYear]) {
        self.organization = organization
        self.allEditions = allEditions
        self.editions = editions
        self.fiscalYears = fiscalYears
    }
}
