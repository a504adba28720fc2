import Testing
@testable import BrochureKit

@Suite("Headcounts")
struct HeadcountTests {
    static let cases: [(String, Int, Int?)] = [
        ("55（20）", 55, 20), ("55(20)", 55, 20), ("５５（２０）", 55, 20), ("55名（うち女性20名）", 55, 20),
        ("55名(女性20名)", 55, 20), ("55", 55, nil), ("５５", 55, nil), ("55名", 55, nil), ("５５名", 55, nil),
        ("55 (20)", 55, 20), (" 55（20） ", 55, 20), ("55名（うち女性：20名）", 55, 20), ("55人（うち女性20人）", 55, 20),
        ("55（女20）", 55, 20), ("3〔2〕", 3, 2), ("3 ♀1", 3, 1), ("12♀5", 12, 5), ("二十二名", 22, nil), ("二十二名（うち女性五名）", 22, 5), ("1,200名", 1200, nil),
        ("0", 0, nil), ("0（0）", 0, 0), ("3（3）", 3, 3), ("１名", 1, nil), ("５名", 5, nil), ("3名", 3, nil),
        ("30名", 30, nil), ("４名", 4, nil), ("６名", 6, nil), ("２名", 2, nil), ("３名", 3, nil),
        // The seed page's table
        ("52（17）", 52, 17), ("56（21）", 56, 21), ("70（23）", 70, 23), ("55（17）", 55, 17),
        ("49（17）", 49, 17), ("47（14）", 47, 14), ("46（16）", 46, 16), ("61（20）", 61, 20), ("48（16）", 48, 16),
        ("6（3）", 6, 3), ("5（3）", 5, 3), ("10（5）", 10, 5), ("9（3）", 9, 3), ("7（1）", 7, 1),
        // Two kinds of hires added up before the women (new graduates + mid-career)
        ("2＋1（1）", 3, 1), ("3+1", 4, nil), ("１＋１（０）", 2, 0), ("2+1名", 3, nil),
        // Women in angle brackets
        ("3〈1〉", 3, 1), ("5名〈うち女性2名〉", 5, 2),
        // Women in lenticular brackets
        ("3【2】", 3, 2), ("5名【うち女性2名】", 5, 2),
    ]

    @Test("parse", arguments: cases)
    func parse(_ text: String, _ count: Int, _ women: Int?) throws {
        #expect(try Headcount.parse(text) == Headcount(count: count, women: women))
    }

    static let none: [String] = ["", "－", "—", "-", "―", "–", "−", "ー", "  ", "　", "なし", "該当なし", "／"]

    @Test("none", arguments: none)
    func noneMarks(_ text: String) throws {
        #expect(try Headcount.parse(text) == nil)
    }

    static let invalid: [String] = [
        "55（", "（20）", "abc", "55名（うち男性20名）", "55-20", "R2", "５５（２０）R2", "約55名", "55（20）（3）", "名",
        "2+", "+1", "2++1", "2+a(1)", "3〈1", "3〈1)",
    ]

    @Test("not a headcount", arguments: invalid)
    func notAHeadcount(_ text: String) {
        #expect(throws: NormalizationError.notAHeadcount(text)) { try Headcount.parse(text) }
    }

    @Test(arguments: ["5（20）", "5名（うち女性6名）", "0（1）"])
    func moreWomenThanPeople(_ text: String) {
        #expect(throws: NormalizationError.womenExceedTotal(text)) { try Headcount.parse(text) }
    }

    @Test func womenExcludedAreAdded() throws {
        #expect(try Headcount.parse("35（20）", convention: .womenExcluded) == Headcount(count: 55, women: 20))
    }

    static let footnotes: [(String, Headcount.Convention?)] = [
        ("※（　）内は女性の人数です。（内数）", .womenIncluded), ("（　）内は女性の人数です。（内数）", .womenIncluded),
        ("※( )内は女性の人数です。", .womenIncluded), ("（ ）内は女性で外数", .womenExcluded),
        ("※（）は女性の数", .womenIncluded), ("括弧内は女性", .womenIncluded),
        ("過去５年間の入省者（総合職）は以下のとおりです。", nil), ("（予定数）", nil), ("", nil),
    ]

    @Test("footnote convention", arguments: footnotes)
    func convention(_ text: String, _ expected: Headcount.Convention?) {
        #expect(Headcount.convention(inFootnote: text) == expected)
    }
}
