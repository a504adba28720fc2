import Testing
@testable import BrochureKit

@Suite("Durations")
struct DurationTests {
    typealias A = Duration.Amount
    static let cases: [(String, Duration)] = [
        ("約１～２年", Duration(minimum: A(1, .year), maximum: A(2, .year), isApproximate: true)),
        ("約1〜2年", Duration(minimum: A(1, .year), maximum: A(2, .year), isApproximate: true)),
        ("1~2年", Duration(minimum: A(1, .year), maximum: A(2, .year))),
        ("1-2年", Duration(minimum: A(1, .year), maximum: A(2, .year))),
        ("１～２年", Duration(minimum: A(1, .year), maximum: A(2, .year))),
        ("1年～2年", Duration(minimum: A(1, .year), maximum: A(2, .year))),
        ("1年から2年", Duration(minimum: A(1, .year), maximum: A(2, .year))),
        ("半年～１年程度", Duration(minimum: A(0.5, .year), maximum: A(1, .year), isApproximate: true)),
        ("半年", Duration(minimum: A(0.5, .year))),
        ("1年半", Duration(minimum: A(1.5, .year))),
        ("６週間", Duration(minimum: A(6, .week))),
        ("6週", Duration(minimum: A(6, .week))),
        ("約１ヶ月", Duration(minimum: A(1, .month), isApproximate: true)),
        ("1か月", Duration(minimum: A(1, .month))), ("1カ月", Duration(minimum: A(1, .month))),
        ("1ヵ月", Duration(minimum: A(1, .month))), ("1ケ月", Duration(minimum: A(1, .month))),
        ("3箇月", Duration(minimum: A(3, .month))), ("3ヶ月間", Duration(minimum: A(3, .month))),
        ("６月以内", Duration(minimum: A(6, .month), bound: .atMost)),
        ("3か月以上", Duration(minimum: A(3, .month), bound: .atLeast)),
        ("2週間程度", Duration(minimum: A(2, .week), isApproximate: true)),
        ("5日間", Duration(minimum: A(5, .day))), ("5日", Duration(minimum: A(5, .day))),
        ("1日", Duration(minimum: A(1, .day))), ("約10日", Duration(minimum: A(10, .day), isApproximate: true)),
        ("3~5日間", Duration(minimum: A(3, .day), maximum: A(5, .day))),
        ("2年間", Duration(minimum: A(2, .year))), ("二年", Duration(minimum: A(2, .year))),
        ("三か月", Duration(minimum: A(3, .month))), ("十日", Duration(minimum: A(10, .day))),
        ("6か月~1年", Duration(minimum: A(6, .month), maximum: A(1, .year))),
        ("1ヶ月～約2ヶ月", Duration(minimum: A(1, .month), maximum: A(2, .month), isApproximate: true)),
        ("1.5年", Duration(minimum: A(1.5, .year))), ("2年前後", Duration(minimum: A(2, .year), isApproximate: true)),
        ("2ヶ年", Duration(minimum: A(2, .year))), ("4週間まで", Duration(minimum: A(4, .week), bound: .atMost)),
    ]

    @Test("parse", arguments: cases)
    func parse(_ text: String, _ expected: Duration) throws {
        #expect(try Duration.parse(text) == expected)
    }

    static let invalid: [String] = ["", "約", "1~2", "2年~1年", "数日", "年", "~2", "3名", "令和6年3月", "5分", "abc", "1~2年~3年"]

    @Test("not a duration", arguments: invalid)
    func notADuration(_ text: String) {
        #expect(throws: NormalizationError.notADuration(text)) { try Duration.parse(text) }
    }
}
