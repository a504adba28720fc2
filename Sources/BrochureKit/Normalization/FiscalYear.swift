/// A Japanese fiscal year (年度, April to March), e.g. 令和5年度 → fiscal year 2023.
public struct FiscalYear: Sendable, Codable, Hashable {
    /// The era's name (令和).
    public var era: String
    /// The year within the era (元年度 is 1).
    public var eraYear: Int
    /// The Gregorian year in which the fiscal year begins (its April).
    public var year: Int

    /// The month a Japanese government fiscal year begins.
    public static let startMonth = 4

    /// The fiscal year (its April's year) a month falls in: January to March close the year
    /// before's. Cohorts, intakes and editions name months, tables name fiscal years.
    public static func year(of year: Int, month: Int) -> Int {
        month < startMonth ? year - 1 : year
    }

    public init(era: String, eraYear: Int, year: Int) {
        self.era = era
        self.eraYear = eraYear
        self.year = year
    }

    /// Reads the first era year in `text` as a fiscal year.
    ///
    /// `令和5年度` is the canonical form; a bare `R5` or `令和5年` is accepted too, because
    /// tables put the 年度 in the column header (入省年度) and the bare year in the cell.
    /// A year with a month (令和6年3月) is a date, not a fiscal year, and is refused.
    public static func parse(_ text: String) throws(NormalizationError) -> FiscalYear {
        guard let first = try JapaneseEraParser.firstMatch(in: text) else { throw .unknownEra(text) }
        guard first.month == nil else {
            throw .impossibleEraDate(first.text, reason: "it names a month; read it with EraDate.parse")
        }
        return FiscalYear(era: first.era.name, eraYear: first.eraYear, year: first.gregorianYear)
    }

    /// The label as an official document writes it (令和5年度, 令和元年度).
    public var label: String {
        "\(era)\(eraYear == 1 ? "元" : String(eraYear))年度"
    }
}
