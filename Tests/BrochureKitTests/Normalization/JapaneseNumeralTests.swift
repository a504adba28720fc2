import Testing
@testable import BrochureKit

@Suite("Japanese numerals")
struct JapaneseNumeralTests {
    static let cases: [(String, Int)] = [
        ("0", 0), ("5", 5), ("５", 5), ("22", 22), ("２２", 22), ("1,000", 1000), ("１，２３４", 1234),
        ("一", 1), ("二", 2), ("十", 10), ("十一", 11), ("二十", 20), ("二十二", 22), ("二十二名", 22),
        ("九十九", 99), ("百", 100), ("百二十", 120), ("三百五", 305), ("千", 1000), ("千九百八十", 1980),
        ("二千二十四", 2024), ("一万", 10000), ("一万二千", 12000), ("十万", 100000), ("百万", 1_000_000),
        ("一億", 100_000_000), ("二〇二四", 2024), ("一九八九", 1989), ("〇", 0), ("零", 0),
        ("壱", 1), ("弐", 2), ("参", 3), ("拾", 10), ("弐拾", 20), ("壱萬", 10000), ("参拾弐", 32),
        ("１０万", 100_000), ("10万", 100_000), ("2万", 20000), ("2万5000", 25000), ("2万5千", 25000),
        ("3千", 3000), ("1億2000万", 120_000_000), ("１億２０００万人", 120_000_000), ("5百", 500),
        ("約５名", 5), ("採用予定数は二十二名です", 22), ("令和6年", 6), ("第3位", 3), ("A2出口", 2),
        ("30名", 30), ("十分に", 10),
    ]

    @Test("parse", arguments: cases)
    func parse(_ input: String, _ expected: Int) throws {
        #expect(try JapaneseNumeral.parse(input) == expected)
    }

    static let invalid: [String] = ["", "名", "なし", "－", "万全", "百貨店", "千代田区", "abc"]

    @Test("no number", arguments: invalid)
    func noNumber(_ input: String) {
        #expect(throws: NormalizationError.notANumber(input)) { try JapaneseNumeral.parse(input) }
    }

    @Test func hugeDigitRunIsOutOfRange() {
        let digits = String(repeating: "9", count: 30)
        #expect(throws: NormalizationError.numberOutOfRange(digits)) { try JapaneseNumeral.parse(digits) }
    }

    @Test func firstRunIsOnlyTheNumeral() throws {
        #expect(try JapaneseNumeral.firstRun(in: "採用二十二名（うち女性五名）") == "二十二")
        #expect(try JapaneseNumeral.firstRun(in: "霞が関") == nil)
    }
}
