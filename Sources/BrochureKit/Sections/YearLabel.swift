/// A fiscal-year label from a table (`R2`, `令和2年度`, `2020年度`, `R6（予定数）`,
/// `令和3年度採用`).
struct YearLabel {
    var fiscalYear: Int
    /// The label without its planned mark, normalised.
    var label: String
    var planned: Bool
    /// The label carries a note mark (`令和7年度※`): a footnote may say what the row is.
    var noted: Bool = false

    init?(_ raw: String) {
        var text = Normalized.compact(raw)
        // (Most texts a parser asks are counts, names or sentences: turned away in one pass.)
        guard Self.mayName(text) else { return nil }
        // `令和7年度※`: the mark refers to a note under the table; the label is the year.
        while let last = text.last, Self.noteMarks.contains(last) {
            text.removeLast()
            noted = true
        }
        // (`令和8年度（内定）`: offers made for the coming intake, not yet hires: planned too.)
        // (`令和8年度（募集中）`: the intake now being recruited, planned too.)
        let planned = PlannedNote.says(text) || text.hasSuffix(Self.offers) || text.hasSuffix(Self.recruiting)
        // The exam's year with the intake it hired for in brackets: the row is the intake's.
        if text.hasSuffix(")"), text.contains("実施("), let hired = Self.intakeAfterExam(text) {
            let noted = noted
            self = hired
            self.noted = noted || hired.noted
            return
        }
        // The planned mark does not count towards the length: `2024年度（令和6年度）（予定）` is a
        // label, a sentence of the same length is not.
        let marks = planned ? Self.bracketed(in: text).filter { PlannedNote.says(String($0)) || $0 == Self.offers || $0 == Self.recruiting }.map(\.count).reduce(0, +) : 0
        guard !text.isEmpty, text.count - marks <= 16 else { return nil }
        // `令和6年度採用者の配属先` is a caption that names a year, not a year's label.
        guard !text.contains("の") else { return nil }
        var label = text
        // `令和3(2021)年度`: the Gregorian year in brackets settles it.
        if let open = label.firstIndex(of: "("), let close = label[open...].firstIndex(of: ")"),
            let year = Self.gregorian(String(label[label.index(after: open)..<close])),
            label[label.index(after: close)...].hasPrefix("年")
        {
            self.label = String(label[..<open]) + (label[label.index(after: close)...].hasPrefix("年度") ? "年度" : "年")
            fiscalYear = year
            self.planned = planned
            return
        }
        if let bracket = label.firstIndex(of: "(") { label = String(label[..<bracket]) }
        label = label.trimmingWhitespace()
        // `R8※2`: a numbered note mark, the number being the note's, not the year's.
        if let mark = label.lastIndex(where: { Self.noteMarks.contains($0) }), label.index(after: mark) < label.endIndex,
            label[label.index(after: mark)...].allSatisfy({ $0.isASCII && $0.isNumber })
        {
            label = String(label[..<mark])
            noted = true
        }
        // `2026年4月入庁予定`, `令和8年度見込み`: the plan said after the label, not in brackets.
        if planned, let word = ["予定", "見込み", "見込"].first(where: label.hasSuffix) {
            label = String(label.dropLast(word.count)).trimmingWhitespace()
        }
        // `令和3年度採用`, `2021年度採用`: the year of joining, 採用 said in the cell rather
        // than in the header.
        if label.hasSuffix("年度採用") { label.removeLast(2) }
        if let year = Self.fiscalPeriod(label) {
            fiscalYear = year
        } else if let (year, month) = Self.intake(label) ?? Self.dottedIntake(label) {
            fiscalYear = FiscalYear.year(of: year, month: month)
        } else if let gregorian = Self.gregorian(label) {
            fiscalYear = gregorian
        } else if let short = ShortYear.standIn(label) {
            // `21年度`: two figures, the edition says of which calendar (`ShortYear`).
            fiscalYear = short
        } else if let relative = RelativeYear.standIn(label), label.count <= 5 {
            // `今年度`, `昨年度`: the edition settles the year (`RelativeYear`).
            fiscalYear = relative
        } else if let year = try? FiscalYear.parse(label) {
            fiscalYear = year.year
        } else if EraSaidOnce.eras.contains(where: { label.hasPrefix($0) && (1...2).contains(label.count - $0.count) }),
            label.last?.isASCII == true, let year = try? FiscalYear.parse(label + "年度")
        {
            // `令和3`: the era and its year without `年度`, as `R3` gives them in Latin.
            fiscalYear = year.year
        } else {
            return nil
        }
        self.label = label
        self.planned = planned
    }

    /// Whether a compacted text holds what every label read has: an era (`R2`, `令和2年度`,
    /// the era parser's own prefilter), `年` (`2020年度`, `今年度`), four figures in a row
    /// (`2020`, `2026.4`) or an apostrophe before two (`’21`). Counts (`55(20)`), names and
    /// sentences, most of what the table and chart parsers ask, hold none of these.
    static func mayName(_ text: String) -> Bool {
        var figures = 0
        for scalar in text.unicodeScalars {
            if scalar == "年" || scalar == "'" || scalar == "’" || scalar == "‘" { return true }
            figures = ("0"..."9").contains(scalar) ? figures + 1 : 0
            if figures >= 4 { return true }
        }
        let era = JapaneseEraParser.mayHold(text)
        return era.named || era.letter
    }

    /// The bracket after a year whose figures are offers made (`令和8年度（内定）`), compacted.
    static let offers = "(内定)"

    /// The bracket after a year whose intake is being recruited now (`令和8年度（募集中）`), compacted.
    static let recruiting = "(募集中)"

    /// Marks that refer a reader to a note: `※`, `*` (full-width `＊` is `*` once normalised).
    static let noteMarks: Set<Character> = ["※", "*", "†"]

    /// The bracketed runs of `text`, brackets included (`(予定)` in `R6(予定)`).
    static func bracketed(in text: String) -> [Substring] {
        var runs: [Substring] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            runs.append(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return runs
    }

    /// `令和3年4月採用`, `2021年4月入省`, `令和3年4月1日採用`: the year and month of an intake. Hiring is counted
    /// by the month people join, and an April intake opens the fiscal year of that April (a
    /// January one belongs to the year before).
    static func intake(_ label: String) -> (year: Int, month: Int)? {
        guard let suffix = ["採用", "入省", "入庁"].first(where: label.hasSuffix) else { return nil }
        return yearAndMonth(label.dropLast(suffix.count))
    }

    /// `令和3年4月`, `2021年4月1日`: the year and month of a date, the day dropped; nil for
    /// any other text.
    static func yearAndMonth(_ text: Substring) -> (year: Int, month: Int)? {
        var date = text
        // The day of joining too (`令和3年4月1日採用`): the month decides the fiscal year.
        if date.hasSuffix("日"), case let day = date.dropLast().reversed().prefix(while: { $0.isASCII && $0.isNumber }),
            (1...2).contains(day.count), date.dropLast(day.count + 1).hasSuffix("月")
        {
            date = date.dropLast(day.count + 1)
        }
        guard date.hasSuffix("月"), let nen = date.lastIndex(of: "年") else { return nil }
        let digits = date[date.index(after: nen)...].dropLast()
        guard (1...2).contains(digits.count), let month = Int(digits), (1...12).contains(month) else { return nil }
        let yearText = String(date[...nen])
        guard let year = fiscalYear(yearText) else { return nil }
        return (year, month)
    }

    /// `2026年度`, `令和8年度`, `R8`: the fiscal year a label names, in either calendar.
    static func fiscalYear(_ label: String) -> Int? {
        gregorian(label) ?? (try? FiscalYear.parse(label))?.year
    }

    /// `2020年度`, `2020年`: a Gregorian fiscal year, between 1900 and 2199; or its last two
    /// figures after an apostrophe (`’21年度`, a brochure's shorthand for this century's years).
    static func gregorian(_ label: String) -> Int? {
        var digits = label
        for suffix in ["年度", "年"] where digits.hasSuffix(suffix) { digits.removeLast(suffix.count) }
        if digits.count == 3, let mark = digits.first, "'’‘".contains(mark), digits.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }),
            let short = Int(digits.dropFirst())
        {
            return 2000 + short
        }
        guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(digits), (1900...2199).contains(year)
        else { return nil }
        return year
    }
}
