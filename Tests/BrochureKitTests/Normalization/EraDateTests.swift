import Testing
@testable import BrochureKit

@Suite("Japanese eras")
struct EraDateTests {
    static let years: [(String, String, Int, Int)] = [
        // text, era, era year, Gregorian year
        ("令和6年", "令和", 6, 2024), ("令和６年", "令和", 6, 2024), ("令和元年", "令和", 1, 2019),
        ("令和1年", "令和", 1, 2019), ("令和2年", "令和", 2, 2020), ("令和 5 年", "令和", 5, 2023),
        ("平成31年", "平成", 31, 2019), ("平成元年", "平成", 1, 1989), ("平成30年", "平成", 30, 2018),
        ("平成１２年", "平成", 12, 2000), ("昭和64年", "昭和", 64, 1989), ("昭和元年", "昭和", 1, 1926),
        ("昭和50年", "昭和", 50, 1975), ("大正15年", "大正", 15, 1926), ("大正元年", "大正", 1, 1912),
        ("明治45年", "明治", 45, 1912), ("明治元年", "明治", 1, 1868), ("明治33年", "明治", 33, 1900),
        ("R2", "令和", 2, 2020), ("R3", "令和", 3, 2021), ("R4", "令和", 4, 2022), ("R5", "令和", 5, 2023),
        ("R6", "令和", 6, 2024), ("Ｒ６", "令和", 6, 2024), ("R元", "令和", 1, 2019), ("H31", "平成", 31, 2019),
        ("H元", "平成", 1, 1989), ("H30年", "平成", 30, 2018), ("S64", "昭和", 64, 1989), ("S40", "昭和", 40, 1965),
        ("T12", "大正", 12, 1923), ("M45", "明治", 45, 1912), ("㋿6年", "令和", 6, 2024), ("㍻31年", "平成", 31, 2019),
        ("㍼64年", "昭和", 64, 1989), ("㍽15年", "大正", 15, 1926), ("㍾45年", "明治", 45, 1912), ("㋿元年", "令和", 1, 2019),
        ("令和六年", "令和", 6, 2024), ("平成三十一年", "平成", 31, 2019), ("令和十年", "令和", 10, 2028),
        ("【参考】令和6年入省者（予定）", "令和", 6, 2024), ("55（17）R6", "令和", 6, 2024),
        ("52（17）R3 47（14）", "令和", 3, 2021),
        // The era shortened to its first kanji, as a table prints it.
        ("令3年", "令和", 3, 2021), ("平30年", "平成", 30, 2018), ("昭64年", "昭和", 64, 1989), ("令元年", "令和", 1, 2019),
    ]

    @Test("calendar years", arguments: years)
    func year(_ text: String, _ era: String, _ eraYear: Int, _ gregorian: Int) throws {
        let date = try EraDate.parse(text)
        #expect(date.era == era)
        #expect(date.eraYear == eraYear)
        #expect(date.year == gregorian)
        #expect(date.month == nil)
    }

    static let months: [(String, Int, Int, Bool)] = [
        ("令和6年3月現在", 2024, 3, true), ("（令和6年3月現在）", 2024, 3, true), ("令和６年３月現在", 2024, 3, true),
        ("令和元年5月", 2019, 5, false), ("令和元年12月", 2019, 12, false), ("平成31年4月", 2019, 4, false),
        ("平成31年1月", 2019, 1, false), ("令和5年4月1日", 2023, 4, false), ("令和 6 年 10 月 現在", 2024, 10, true),
        ("㋿6年3月現在", 2024, 3, true), ("平成元年1月", 1989, 1, false), ("昭和64年1月", 1989, 1, false),
        ("令和八年一月", 2026, 1, false), ("令和七年十二月", 2025, 12, false), ("令和七年四月一日現在", 2025, 4, true),
        // The weekday in brackets after the day (`（水）`) stands between the date and its 現在.
        ("令和8年4月1日（水）現在", 2026, 4, true), ("令和8年4月1日 (水曜日) 時点", 2026, 4, true),
    ]

    @Test("year and month", arguments: months)
    func yearMonth(_ text: String, _ year: Int, _ month: Int, _ asOf: Bool) throws {
        let date = try EraDate.parse(text)
        #expect(date.year == year)
        #expect(date.month == month)
        #expect(date.isAsOf == asOf)
    }

    static let fiscal: [(String, Int, String)] = [
        ("令和5年度", 2023, "令和5年度"), ("令和5年度入省者（総合職）", 2023, "令和5年度"), ("令和元年度", 2019, "令和元年度"),
        ("平成31年度", 2019, "平成31年度"), ("令和６年度", 2024, "令和6年度"), ("平成30年度", 2018, "平成30年度"),
        ("R5年度", 2023, "令和5年度"), ("R2", 2020, "令和2年度"), ("R6", 2024, "令和6年度"), ("令和2年", 2020, "令和2年度"),
        ("H28年度", 2016, "平成28年度"), ("㋿3年度", 2021, "令和3年度"), ("令3年度", 2021, "令和3年度"), ("令８年度（予定）", 2026, "令和8年度"),
    ]

    @Test("fiscal years", arguments: fiscal)
    func fiscalYear(_ text: String, _ year: Int, _ label: String) throws {
        let fy = try FiscalYear.parse(text)
        #expect(fy.year == year)
        #expect(fy.label == label)
    }

    static let impossible: [String] = [
        "令和99年", "大正20年", "大正16年", "平成32年", "平成40年", "昭和65年", "明治46年", "令和元年4月",
        "平成31年5月", "令和6年13月", "令和0年", "H32", "T16", "S65", "M46", "R99", "令和6年0月",
    ]

    @Test("impossible dates are errors", arguments: impossible)
    func impossibleDate(_ text: String) {
        #expect {
            try EraDate.parse(text)
        } throws: { error in
            guard case let .impossibleEraDate(offending, reason) = error as? NormalizationError else { return false }
            return !offending.isEmpty && !reason.isEmpty
        }
    }

    static let noEra: [String] = [
        "", "2024年", "55（20）", "A2出口", "H2O", "PR2", "総務省", "R", "令和",
        // A shortened era is no part of a word, has its year in figures straight after it, and is of 昭和 on.
        "法令3年", "令 3年", "令三年", "大3年", "明2年", "令3",
    ]

    @Test("no era", arguments: noEra)
    func noEraDate(_ text: String) {
        #expect(throws: NormalizationError.unknownEra(text)) { try EraDate.parse(text) }
    }

    @Test func fiscalLabelIsNotACalendarYear() {
        #expect(throws: NormalizationError.self) { try EraDate.parse("令和5年度") }
        #expect(throws: NormalizationError.self) { try FiscalYear.parse("令和6年3月") }
    }

    @Test("a month's fiscal year: April opens it, March closes the year before's", arguments: [
        (2024, 1, 2023), (2024, 3, 2023), (2024, 4, 2024), (2024, 12, 2024),
    ])
    func fiscalYearOfAMonth(year: Int, month: Int, fiscal: Int) {
        #expect(FiscalYear.year(of: year, month: month) == fiscal)
    }

    @Test func allFindsEveryYearOfTheTable() throws {
        let text = "55（20）R2 49（17） 6（3）\n52（17）R3 47（14） 5（3）\n56（21）R4 46（16） 10（5）\n70（23）R5 61（20） 9（3）\n55（17）R6"
        #expect(try EraDate.all(in: text).map(\.year) == [2020, 2021, 2022, 2023, 2024])
    }

    @Test("parse reads the first era expression; a later impossible one does not spoil it")
    func firstExpressionOnly() throws {
        #expect(try FiscalYear.parse("令和5年度（平成99年）").year == 2023)
        #expect(try EraDate.parse("令和6年3月現在（平成99年）").month == 3)
        #expect(throws: NormalizationError.self) { try EraDate.all(in: "令和5年（平成99年）") }
    }

    @Test func erasComeFromICU() {
        #expect(JapaneseEra.all.map(\.name).prefix(5) == ["明治", "大正", "昭和", "平成", "令和"])
        #expect(JapaneseEra.all.map(\.letter).prefix(5) == ["M", "T", "S", "H", "R"])
        #expect(JapaneseEra.all.map(\.startYear).prefix(5) == [1868, 1912, 1926, 1989, 2019])
    }

    @Test func concurrentParsesAgree() async throws {
        let texts = Self.years.map(\.0)
        let expected = try texts.map { try EraDate.parse($0).year }
        let all = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<16 { group.addTask { try texts.map { try EraDate.parse($0).year } } }
            return try await group.reduce(into: [[Int]]()) { $0.append($1) }
        }
        #expect(all.allSatisfy { $0 == expected })
    }
}
