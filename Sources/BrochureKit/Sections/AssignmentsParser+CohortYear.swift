/// The cohort a 配属実績 table counts, read from a title, a heading or a line of prose, so its rows are tied to the year they joined.
extension AssignmentsParser {
    /// The cohort named in a title row the table holds above its header (`2025年度採用者の
    /// 配属先` caught among the cells), over the units and their counts: a layout that takes
    /// the section's title into its table leaves no prose to name it.
    static func titleCohortYear(_ table: Table, above headerIndex: Int, roles: [ColumnRole]) -> Int? {
        guard headerIndex > 0, let last = roles.lastIndex(where: { $0 == .administrative || $0 == .technical }) else { return nil }
        let titles = table.rows[..<headerIndex].map { $0.prefix(last + 1).map(\.text).joined() }
        return cohortYear(in: titles.joined(separator: "\n"))
    }

    /// The words for joining: a ministry (入省), an agency (入庁), the Cabinet Office (入府),
    /// a bureau or institute (入局, 入所), or plain 採用 and 入職.
    static let joinings = ["入省", "入庁", "入府", "入局", "入所", "入職"]

    /// The words for joining a cohort is named by: those, a corporation's 入社
    /// (`令和7年度入社者`) and an institute's 入構 (`2025年度入構者`), kept out of `joinings` so that no column label turns a year for it.
    static let cohortJoinings = joinings + ["入社", "入構"]

    /// `令和5年度入省者` (or `入庁者`…) → 2023: the fiscal year just before the word for joining.
    static func cohortYear(in text: String) -> Int? {
        let normalized = Normalized.compact(text)
        // `新規採用者` (new hires) names the cohort as well as plain `採用者`.
        // `令和7年度に採用された職員`, `2025年度に採用した職員` name it in a clause.
        let patterns = cohortJoinings.map { "年度" + $0 } + ["年度採用", "年度新規採用", "年度に採用され", "年度に採用し"] + cohortJoinings.map { "年" + $0 }
        guard let range = patterns.lazy.compactMap({ normalized.range(of: $0) }).first
        else {
            return intakeCohortYear(in: normalized) ?? datedCohortYear(in: normalized) ?? examCohortYear(in: normalized)
                ?? shortCohortYear(in: normalized)
        }
        // The era year nearest 入省: the last one in the few characters before it (R4年度・R5年度入省 → R5).
        let before = normalized[..<range.lowerBound]
        // A western year (`2024年度入省者`) is the year itself, its era in brackets after it or not
        // (`2025（令和7）年度採用者`).
        var western = before[...]
        if western.last == ")", let open = western.lastIndex(of: "(") { western = western[..<open] }
        let digits = western.reversed().prefix { $0.isASCII && $0.isNumber }
        if digits.count == 4, let year = Int(String(digits.reversed())), (1900...2100).contains(year) { return year }
        let tail = String(before.suffix(8)) + (normalized[range].hasPrefix("年度") ? "年度" : "年")
        return (try? EraDate.all(in: tail))?.last?.year
    }

    /// `令和6年度試験合格者`: a cohort named by the year of the exam it passed, which hires for
    /// the April after it: the next fiscal year.
    static func examCohortYear(in normalized: String) -> Int? {
        guard let range = ["年度試験合格", "年度採用試験合格"].lazy.compactMap({ normalized.range(of: $0) }).first else { return nil }
        let tail = String(normalized[..<range.lowerBound].suffix(8)) + "年度"
        return (try? EraDate.all(in: tail))?.last.map { $0.year + 1 }
    }

    /// `令和6年4月採用者`, `2024年4月入省者`: a cohort named by its month of joining, whose
    /// fiscal year is that of the month (see `YearLabel.intake`).
    static func intakeCohortYear(in normalized: String) -> Int? {
        for word in ["採用"] + cohortJoinings {
            guard let range = normalized.range(of: "月" + word) else { continue }
            let before = normalized[..<range.lowerBound]
            guard before.count >= 4 else { continue }
            for length in 4...min(12, before.count) {
                if let (year, month) = YearLabel.intake(String(before.suffix(length)) + "月" + word) {
                    return FiscalYear.year(of: year, month: month)
                }
            }
        }
        return nil
    }

    /// `令和7年4月1日～令和8年3月1日採用者`, `令和7年4月1日付採用者`: a cohort named by the days
    /// it joined on or between, whose fiscal year is that of the month right before 採用 (the
    /// range's last); nil when the dates fall in different fiscal years, a cohort of two.
    static func datedCohortYear(in normalized: String) -> Int? {
        let months = withoutDays(normalized)
        guard months != normalized, let year = intakeCohortYear(in: months) else { return nil }
        let dates = ((try? EraDate.all(in: normalized)) ?? []).filter { !$0.isAsOf }
        let spans = dates.compactMap { date in date.month.map { FiscalYear.year(of: date.year, month: $0) } }
        return spans.allSatisfy { $0 == year } ? year : nil
    }

    /// `normalized` without the days of its dates and a `付` after them (`令和7年4月1日付` →
    /// `令和7年4月`), so that `intakeCohortYear` reads their months.
    static func withoutDays(_ normalized: String) -> String {
        var result = ""
        var rest = normalized[...]
        while let month = rest.firstIndex(of: "月") {
            result += rest[...month]
            rest = rest[rest.index(after: month)...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 2, rest.dropFirst(digits.count).first == "日" else { continue }
            rest = rest.dropFirst(digits.count + 1)
            if rest.hasPrefix("付け") { rest = rest.dropFirst(2) } else if rest.first == "付" { rest = rest.dropFirst() }
        }
        return result + rest
    }

    /// `R6採用者`, `H31入省者`: the short era form a table's year labels use, directly before
    /// 採用 or a word for joining. A Latin word ending in R (`OUR6…`) is not an era.
    static func shortCohortYear(in normalized: String) -> Int? {
        for word in cohortJoinings + ["採用"] {
            var search = normalized.startIndex..<normalized.endIndex
            while let range = normalized.range(of: word, range: search) {
                search = range.upperBound..<normalized.endIndex
                let before = normalized[..<range.lowerBound]
                let digits = String(before.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
                let rest = before.dropLast(digits.count)
                guard (1...2).contains(digits.count), let letter = rest.last, "RHS".contains(letter),
                    !(rest.dropLast().last.map { $0.isASCII && $0.isLetter } ?? false),
                    let year = try? FiscalYear.parse(String(letter) + digits)
                else { continue }
                return year.year
            }
        }
        return nil
    }

    static func yearMonth(_ date: EraDate) -> String? {
        guard let month = date.month else { return nil }
        return "\(date.year)-\(month < 10 ? "0" : "")\(month)"
    }
}
