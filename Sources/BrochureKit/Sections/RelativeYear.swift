/// A fiscal year named relative to the edition (`今年度（予定）`, `昨年度採用者`): a small town's
/// brochure, reprinted each spring, says `this year` and `last year` rather than a date.
///
/// The year it names is known only once the edition is: the fiscal year of the newest `現在`
/// date (`令和8年4月現在` → 2026; a January to March date is the fiscal year before). Until
/// then a label holds the year as an offset from `epoch`, far from any calendar year, and
/// `resolved` turns the hiring rows' into years when the edition is read; without an edition
/// the rows are dropped, as a year the page never settles.
enum RelativeYear {
    /// The stand-in year of `this fiscal year` before the edition is known.
    static let epoch = 100_000

    /// The words for this, last and next fiscal year, with their offsets.
    static let words: [(String, Int)] = [
        ("今年度", 0), ("本年度", 0), ("当年度", 0), ("昨年度", -1), ("前年度", -1), ("来年度", 1), ("次年度", 1),
    ]

    /// The stand-in year of a label that opens with a relative word (`今年度`, `今年度採用`), or nil.
    static func standIn(_ label: String) -> Int? {
        words.first { label.hasPrefix($0.0) }.map { epoch + $0.1 }
    }

    /// Whether `year` is a stand-in, not a calendar year.
    static func isStandIn(_ year: Int) -> Bool {
        (epoch - 5...epoch + 5).contains(year)
    }

    /// The fiscal year of an edition's `YYYY-MM`: April opens it.
    static func fiscalYear(ofEdition asOf: String) -> Int? {
        let parts = asOf.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        return FiscalYear.year(of: year, month: month)
    }

    /// `rows` with stand-in years made the edition's (`base`, its fiscal year) plus their
    /// offsets; rows with stand-ins dropped when there is no edition.
    /// (Two figures alone, `21年度`, are settled by the edition too: `ShortYear`.)
    static func resolved(_ rows: [HiringRecord.Row], base: Int?) -> [HiringRecord.Row] {
        rows.compactMap { row in
            guard isStandIn(row.fiscalYear) || ShortYear.isStandIn(row.fiscalYear) else { return row }
            guard let year = resolved(row.fiscalYear, base: base) else { return nil }
            var row = row
            row.fiscalYear = year
            return row
        }
    }

    /// A cohort's stand-in year made the edition's, or nil without one.
    static func resolved(_ year: Int?, base: Int?) -> Int? {
        guard let year else { return nil }
        if ShortYear.isStandIn(year) { return base.flatMap { ShortYear.resolved(year, base: $0) } }
        guard isStandIn(year) else { return year }
        return base.map { $0 + (year - epoch) }
    }
}
