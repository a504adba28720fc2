extension YearLabel {
    /// `2021.4~2022.3`, `2021年4月~2022年3月`, `令和3.4~令和4.3`: a fiscal year printed as the
    /// months it runs, from its first month to the month before that a year on. Nil for any
    /// other text.
    ///
    /// A table that counts hires by the period they joined in names no year on its own: the
    /// period is the fiscal year that opens it. Only the twelve months of one fiscal year
    /// qualify: a span of several years (`2021.4~2024.3`, a total over them) or of months
    /// inside one (`2021.4~2021.9`) is no row's year.
    static func fiscalPeriod(_ label: String) -> Int? {
        guard let mark = label.firstIndex(where: { $0 == "~" || $0 == "-" }) else { return nil }
        func month(_ side: Substring) -> (year: Int, month: Int)? {
            dottedIntake(String(side)) ?? yearAndMonth(side)
        }
        guard let start = month(label[..<mark]), let end = month(label[label.index(after: mark)...]),
            start.month == FiscalYear.startMonth, end.year == start.year + 1, end.month == FiscalYear.startMonth - 1
        else { return nil }
        return start.year
    }
}
