extension YearLabel {
    /// `2021.4`, `2021.4採用`, `2026.04入庁`, `令和3.4採用`: a year and the intake month after a dot,
    /// as a table of hires dates each cohort (`R3.4` is the era's spelling, read by the era
    /// parser). Nil for any other text.
    ///
    /// Without the month's word `月` the label is no date `gregorian` or `intake` reads, so
    /// the whole column of years was lost. Only a year of four figures (1900–2199) or an era's
    /// name with its year (`令和3`, `令和元`), and a month of one or two figures (1–12),
    /// optionally followed by the word for joining, qualify: a decimal figure (`12.5`) or a
    /// share (`2021.45`) is no label.
    static func dottedIntake(_ label: String) -> (year: Int, month: Int)? {
        var text = Substring(label)
        if let suffix = ["採用", "入省", "入庁", "入構", "入社"].first(where: { text.hasSuffix($0) }) { text = text.dropLast(suffix.count) }
        guard let dot = text.firstIndex(of: "."), case let yearText = text[..<dot], case let monthText = text[text.index(after: dot)...],
            (1...2).contains(monthText.count), monthText.allSatisfy({ $0.isASCII && $0.isNumber }),
            let month = Int(monthText), (1...12).contains(month), let year = Self.dottedYear(yearText)
        else { return nil }
        return (year, month)
    }

    /// `2021`, or an era's year named in full (`令和3`, `令和元`: `令和3.4採用`), as the year of
    /// a dotted intake; nil for any other text.
    private static func dottedYear(_ text: Substring) -> Int? {
        if text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text), (1900...2199).contains(year) { return year }
        guard let era = EraSaidOnce.eras.first(where: { text.hasPrefix($0) }), case let rest = text.dropFirst(era.count),
            rest == "元" || ((1...2).contains(rest.count) && rest.allSatisfy({ $0.isASCII && $0.isNumber }))
        else { return nil }
        return (try? FiscalYear.parse(String(text) + "年度"))?.year
    }
}
