import Testing
@testable import BrochureKit

/// Regression tests for inputs that used to crash, trap or give a silently wrong value.
@Suite("Normaliser robustness")
struct RobustnessTests {
    // MARK: Text normaliser

    /// A segment with a dash longer than the shim's 2048-unit stack buffer used to be copied
    /// onto the stack anyway (segmentation fault).
    @Test(arguments: [2_100, 3_000, 20_000])
    func longDashSegmentIsNotCopiedOntoTheStack(pairs: Int) throws {
        let input = String(repeating: "１－", count: pairs) + "１"
        let expected = String(repeating: "1-", count: pairs) + "1"
        let n = JapaneseTextNormalizer.shared
        #expect(try n.normalize(input) == expected)
        #expect(try n.transliterate(input) == expected)
    }

    @Test func longTextsOfEveryKindSurvive() throws {
        let n = JapaneseTextNormalizer.shared
        for unit in ["ｶﾞ", "〜", "。", "a", "－", "１〜２", "ー"] {
            let input = String(repeating: unit, count: 50_000)
            #expect(try n.normalize(input) == n.transliterate(input))
        }
    }

    /// `Int32(count)` used to trap on a text longer than ICU's lengths; now it is an error.
    @Test func tooLongTextIsAnError() throws {
        #expect(throws: NormalizationError.textTooLong(byteCount: ICU.maximumTextLength + 1, limit: ICU.maximumTextLength)) {
            try ICU.checkLength(ICU.maximumTextLength + 1, byteCount: ICU.maximumTextLength + 1)
        }
        try ICU.checkLength(ICU.maximumTextLength, byteCount: ICU.maximumTextLength)
        let message = NormalizationError.textTooLong(byteCount: 10, limit: 5).errorDescription ?? ""
        #expect(message.contains("Split it"))
    }

    // MARK: Numerals

    /// These used to trap on overflow (`+`, `*`) or read 99999999999999999999千 as 1000.
    @Test(arguments: ["1兆9223372036854775807", "99999999999999999千", "99999999999999999999千", "9999999999999999万",
                      "9223372036854775807千", "1兆9999億9999万99999999999", String(repeating: "九", count: 41)])
    func hugeMixedNumeralsAreOutOfRange(_ text: String) {
        #expect {
            try JapaneseNumeral.parse(text)
        } throws: { error in
            switch error as? NormalizationError {
            case .numberOutOfRange(text)?, .notANumber(text)?: true
            default: false
            }
        }
    }

    @Test func largestMixedNumeralsStillParse() throws {
        #expect(try JapaneseNumeral.parse("999999999999万") == 9_999_999_999_990_000)
        #expect(try JapaneseNumeral.parse("9000兆") == 9_000_000_000_000_000)
        #expect(try JapaneseNumeral.parse("1兆2億3万4") == 1_000_200_030_004)
    }

    /// Units out of order used to be summed: 1万2億 gave 200010000, 2千3千 gave 5000.
    @Test(arguments: ["1万2億", "2千3千", "2万3万", "2万25000", "3千5000", "1億万", "5百2千"])
    func unitsOutOfOrderAreNotNumbers(_ text: String) {
        #expect(throws: NormalizationError.notANumber(text)) { try JapaneseNumeral.parse(text) }
    }

    @Test func kanjiNumeralsParseConcurrently() async throws {
        let texts = ["二十二", "百二十", "二〇二四", "弐拾", "千九百八十", "一万二千", "2万5千"]
        let expected = try texts.map { try JapaneseNumeral.parse($0) }
        let all = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<16 { group.addTask { try texts.map { try JapaneseNumeral.parse($0) } } }
            return try await group.reduce(into: [[Int]]()) { $0.append($1) }
        }
        #expect(all.count == 16)
        #expect(all.allSatisfy { $0 == expected })
    }

    // MARK: Headcounts

    /// `count += women` used to trap.
    @Test func headcountOverflowIsAnError() {
        let text = "9223372036854775807（1）"
        #expect(throws: NormalizationError.numberOutOfRange(text)) {
            try Headcount.parse(text, convention: .womenExcluded)
        }
    }

    /// A lone comma used to be reported as a number too large; 55, and 1,2,3 were accepted.
    @Test(arguments: [",", "55,", "1,2,3", "55,(20)", "55(,)", ",55"])
    func strayCommasAreNotHeadcounts(_ text: String) {
        #expect(throws: NormalizationError.notAHeadcount(text)) { try Headcount.parse(text) }
    }

    @Test func thousandsSeparatorsStillWork() throws {
        #expect(try Headcount.parse("1,200名（うち女性1,050名）") == Headcount(count: 1200, women: 1050))
    }

    // MARK: Durations

    /// 400 nines used to become an infinite duration (which JSON cannot encode).
    @Test func infiniteDurationIsAnError() {
        let text = String(repeating: "9", count: 400) + "年"
        #expect(throws: NormalizationError.numberOutOfRange(text)) { try Duration.parse(text) }
    }

    /// These used to throw `.notANumber` instead of saying the cell is not a duration.
    @Test(arguments: ["1.2.3年", ".年", "1.年", "十十年"])
    func malformedDurationNumbers(_ text: String) {
        #expect(throws: NormalizationError.notADuration(text)) { try Duration.parse(text) }
    }

    // MARK: Eras

    /// The day used to be ignored: 令和5年2月30日 was accepted and 令和6年4月1日現在 lost its 現在.
    static let days: [(String, Int, Int, Int, Bool)] = [
        ("令和6年4月1日現在", 2024, 4, 1, true), ("（令和６年４月１日現在）", 2024, 4, 1, true),
        ("令和6年3月31日時点", 2024, 3, 31, true), ("平成31年4月30日", 2019, 4, 30, false),
        ("令和元年5月1日", 2019, 5, 1, false), ("昭和64年1月7日", 1989, 1, 7, false), ("平成元年1月8日", 1989, 1, 8, false),
        ("令和6年2月29日", 2024, 2, 29, false), ("令和 6 年 4 月 1 日 現在", 2024, 4, 1, true),
    ]

    @Test("year, month and day", arguments: days)
    func day(_ text: String, _ year: Int, _ month: Int, _ day: Int, _ asOf: Bool) throws {
        let date = try EraDate.parse(text)
        #expect(date.year == year)
        #expect(date.month == month)
        #expect(date.day == day)
        #expect(date.isAsOf == asOf)
    }

    @Test(arguments: ["令和5年2月30日", "令和5年2月29日", "令和6年4月31日", "平成31年5月1日", "平成元年1月7日", "令和元年4月30日",
                      "令和6年4月0日", "令和6年4月32日", "令和1000年"])
    func impossibleDaysAreErrors(_ text: String) {
        #expect {
            try EraDate.parse(text)
        } throws: { error in
            guard case let .impossibleEraDate(offending, reason) = error as? NormalizationError else { return false }
            return text.contains(offending) && !reason.isEmpty
        }
    }

    /// The calendar is strict now; the messages quoted in NORMALIZER.md must stay exactly so.
    @Test func eraErrorMessagesNameTheFix() {
        #expect(throws: NormalizationError.impossibleEraDate("令和99年", reason: "令和 has not reached year 99 (2117)")) {
            try EraDate.parse("令和99年")
        }
        #expect(throws: NormalizationError.impossibleEraDate("大正20年", reason: "大正20年 does not exist; 1931年 is 昭和6年")) {
            try EraDate.parse("大正20年")
        }
        #expect(throws: NormalizationError.impossibleEraDate("令和5年2月30日",
                                                             reason: "ICU's Japanese calendar does not accept “令和5年2月30日”")) {
            try EraDate.parse("令和5年2月30日")
        }
    }

    // MARK: Phones and walking times

    /// all(in:) used to return 03-5253-5069 out of 03-5253-50691.
    @Test func phoneNumbersDoNotRunOnIntoMoreDigits() throws {
        #expect(try PhoneNumber.all(in: "番号03-5253-50691です").isEmpty)
        #expect(try PhoneNumber.all(in: "03-5253-5069と03-5253-5072").map(\.formatted) == ["03-5253-5069", "03-5253-5072"])
    }

    @Test(arguments: [("03(5253)5069", "03-5253-5069"), ("03（5253）5069", "03-5253-5069"), ("03 - 5253 - 5069", "03-5253-5069"),
                      ("03 ー 5253 ー 5069", "03-5253-5069"), ("（03）　5253－5069（代表）", "03-5253-5069")])
    func moreWaysToWriteAPhone(_ text: String, _ formatted: String) throws {
        #expect(try PhoneNumber.parse(text).formatted == formatted)
    }

    @Test func kanjiWalkingRange() throws {
        #expect(try WalkingTime.parse("徒歩五～十分") == WalkingTime(minutes: 5, maximumMinutes: 10))
    }
}
