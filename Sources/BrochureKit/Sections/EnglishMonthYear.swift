/// An issue date in English on a cover (`Apr. 2026`, `April 2026`, `APR.2026`), as a
/// brochure with an English-minded design prints it under its title instead of `令和8年4月`.
enum EnglishMonthYear {
    /// The months' names, lowercased, January first; each may be cut to its first three letters.
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    /// The year and month of `text` when it is such a date and nothing else (spaces, a full stop
    /// after a cut name, a comma before the year allowed), or nil.
    static func yearMonth(_ text: String) -> EditionFinder.YearMonth? {
        let letters = text.prefix { $0.isASCII && $0.isLetter }.lowercased()
        var rest = text.dropFirst(letters.count).drop { $0 == " " }
        guard letters.count >= 3, let index = months.firstIndex(where: { $0 == letters || (letters.count == 3 && $0.hasPrefix(letters)) })
        else { return nil }
        if letters.count == 3, rest.first == "." { rest = rest.dropFirst() }
        rest = rest.drop { $0 == " " || $0 == "," }
        guard rest.count == 4, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(rest), (1900...2199).contains(year) else { return nil }
        return EditionFinder.YearMonth(year: year, month: index + 1)
    }
}
