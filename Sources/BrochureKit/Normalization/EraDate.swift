/// A calendar year (and month, and day) written in a Japanese era: 令和6年3月現在, 令和6年4月1日現在,
/// 平成31年, R2, ㋿6年.
public struct EraDate: Sendable, Codable, Hashable {
    /// The era's name as ICU writes it (令和).
    public var era: String
    /// The year within the era (元年 is 1).
    public var eraYear: Int
    /// The Gregorian year.
    public var year: Int
    /// The month (1–12) when the text gives one.
    public var month: Int?
    /// The day of the month when the text gives one (令和6年4月1日現在); checked by ICU.
    public var day: Int?
    /// True for `…現在` / `…時点` ("as of"), the usual stamp on a brochure's figures.
    public var isAsOf: Bool

    public init(era: String, eraYear: Int, year: Int, month: Int? = nil, day: Int? = nil, isAsOf: Bool = false) {
        self.era = era
        self.eraYear = eraYear
        self.year = year
        self.month = month
        self.day = day
        self.isAsOf = isAsOf
    }

    init(_ match: JapaneseEraParser.Match) {
        self.init(era: match.era.name, eraYear: match.eraYear, year: match.gregorianYear, month: match.month,
                  day: match.day, isAsOf: match.isAsOf)
    }

    /// The first era date in `text`.
    ///
    /// A fiscal-year label (令和5年度) is refused rather than read as a calendar year: the
    /// fiscal year 2023 ends in March 2024, so mixing the two shifts figures by a year.
    public static func parse(_ text: String) throws(NormalizationError) -> EraDate {
        guard let first = try JapaneseEraParser.firstMatch(in: text) else { throw .unknownEra(text) }
        guard !first.isFiscal else {
            throw .impossibleEraDate(first.text, reason: "it is a fiscal year (年度); read it with FiscalYear.parse")
        }
        return EraDate(first)
    }

    /// Every era date and fiscal year label in `text`, fiscal years included as their start year.
    public static func all(in text: String) throws(NormalizationError) -> [EraDate] {
        try JapaneseEraParser.matches(in: text).map(EraDate.init)
    }
}
