/// A Japanese era from 明治 on, as ICU's Japanese calendar defines it.
///
/// The table is read from ICU at first use (names, one-letter forms and start years), so a
/// future era arrives with ICU's data instead of a code change here.
public struct JapaneseEra: Sendable, Codable, Hashable {
    /// ICU's era index (232 明治 … 236 令和 in ICU 72).
    public let index: Int
    /// The era's name, e.g. 令和.
    public let name: String
    /// The one-letter form used in tables, e.g. R.
    public let letter: String
    /// The Gregorian year of the era's first (元) year.
    public let startYear: Int

    /// ICU's index of 明治; earlier eras never appear in recruitment brochures.
    static let meijiIndex = 232

    /// All eras from 明治 to the newest ICU knows, oldest first.
    public static let all: [JapaneseEra] = {
        do {
            let names = try ICUDateParser(pattern: "G")
            let letters = try ICUDateParser(pattern: "GGGGG")
            let maximum = try ICUDateParser.maximumEra()
            return try (meijiIndex...maximum).map { (index) throws(NormalizationError) in
                JapaneseEra(index: index, name: try names.formatEra(index), letter: try letters.formatEra(index),
                            startYear: try ICUDateParser.eraStartYear(index))
            }
        } catch {
            fatalError("BrochureKit: cannot read the Japanese eras from ICU: \(error.localizedDescription)")
        }
    }()

    /// The first kanji of each era from 昭和 on (`令`, `平`, `昭`), which a table may print
    /// for the whole name (`令3年度`, `平30年`). Earlier eras are not shortened so: their
    /// first kanji (`大`, `明`) open everyday words.
    static let shortForms: [String] = all.filter { $0.index >= meijiIndex + 2 }.map { String($0.name.prefix(1)) }

    /// The era whose first kanji is `short`, from 昭和 on (`shortForms`).
    static func shortened(_ short: String) -> JapaneseEra? {
        all.first { $0.index >= meijiIndex + 2 && String($0.name.prefix(1)) == short }
    }

    /// The era with this name or letter (令和, R), if any.
    public static func named(_ name: String) -> JapaneseEra? {
        all.first { $0.name == name || $0.letter == name }
    }

    /// The era that follows this one, nil for the newest.
    var successor: JapaneseEra? {
        Self.all.first { $0.index == index + 1 }
    }

    /// The largest year this era can have: up to the year its successor began, or, for the
    /// current era, ten years past today (brochures plan a few years ahead, never 80).
    func lastYear(currentGregorianYear: Int) -> Int {
        if let successor { return successor.startYear - startYear + 1 }
        return currentGregorianYear + 10 - startYear + 1
    }
}
