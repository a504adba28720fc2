/// A year given by two figures alone (`21年度` … `26年度（予定）`), as newspapers write the
/// Western year, with no era and no apostrophe.
///
/// Two figures name a Western year of this century, a Heisei year or a Reiwa one; only the
/// edition says which. A table of hires is about the years up to the edition's and the one
/// after, so the latest reading no later than the year after the edition's is the year meant
/// (`21年度` in a 2026 edition is 2021, not 平成21年 (2009) nor 令和21年 (2039); `28年度` in a
/// 2017 edition is 平成28年, 2016). Until the edition is read a label holds its figures as an
/// offset from `epoch`, resolved with the relative years (`RelativeYear.resolved`). A single
/// figure (`5年度`) is the current era's, as brochures print it, and is not asked here.
enum ShortYear {
    /// The stand-in of `NN年度` before the edition is known.
    static let epoch = 200_000

    /// The stand-in of a label of two figures and `年度`, or nil. (`10年` alone may be a length
    /// of service or of leave; a fiscal year says `年度`.)
    static func standIn(_ label: String) -> Int? {
        guard label.hasSuffix("年度"), case let figures = label.dropLast(2), figures.count == 2,
            figures.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(figures), value >= 10
        else { return nil }
        return epoch + value
    }

    /// Whether `year` is a stand-in, not a calendar year.
    static func isStandIn(_ year: Int) -> Bool {
        (epoch + 10...epoch + 99).contains(year)
    }

    /// The year a stand-in names in an edition of fiscal year `base`.
    static func resolved(_ year: Int, base: Int) -> Int? {
        let figures = year - epoch
        let readings = [2000 + figures, figures <= 31 ? 1988 + figures : nil, 2018 + figures].compactMap { $0 }
        return readings.filter { $0 <= base + 1 }.max()
    }
}
