import Testing

@testable import BrochureKit

/// The scalar walk of `DurationFinder` and its unit prefilter give the character walk's answers.
@Suite("durations found on scalars as on characters")
struct DurationScalarWalkTests {
    /// Sentences at the scalar walk's edges: no unit at all, a unit only at the end, a number
    /// after a decimal point or a kanji, a date, and characters of more than one scalar or
    /// equal to another scalar (a mark joined to a unit, a variation selector, a decomposed
    /// dakuten, half-width voiced marks, an emoji sequence, Hangul).
    static let sentences = [
        "三か所で実施", "一人ひとりを評価", "約半数が取得", "研修は2週", "半年", "0.5年ほど", "第三週", "令和5年度入省", "3月現在",
        "2016年入庁", "最長3年、1999年から", "十日以内に", "約１～２年間、大学院に留学", "6か月\u{0308}の研修", "1年\u{FE0F}の研修",
        "6か\u{3099}月", "6ｶﾞ月", "6ｶ月ﾞ", "👨‍👩‍👧 育児休業は2年まで", "한국 3年", "2\u{F98E}の研修", "三\u{FE00}か月", "3日\u{20DD}",
    ]

    @Test(arguments: sentences)
    func agreesWithCharacterWalk(_ sentence: String) {
        let characters = Array(Normalized.compact(sentence))
        #expect(DurationFinder.find(in: sentence) == DurationFinder.find(characters: characters))
    }

    /// A sentence without 日, 週, 月 or 年 is turned away unread; one with a unit anywhere is read.
    @Test("the unit prefilter lets every duration through", arguments: [
        ("研修は2週", ["2週"]), ("3日", ["3日"]), ("通算６月以内", ["6月以内"]), ("約十年", ["約十年"]), ("三か所、二回", [String]()),
        ("半数以上", []),
    ])
    func prefilter(_ sentence: String, _ expected: [String]) {
        #expect(DurationFinder.find(in: sentence).map(\.text) == expected)
    }

    /// Characters of one scalar that equals no other; any joining mark or twin is not.
    @Test func plainCharacters() {
        #expect("あア亜１a。・〜■①".unicodeScalars.allSatisfy { $0.isPlainCharacter })
        let others: [Unicode.Scalar] = ["\u{3099}", "\u{FF9E}", "\u{FE0F}", "\u{200D}", "\u{0301}", "\u{F98E}", "\u{2126}", "\r", "\u{AC00}", "\u{1F600}"]
        #expect(!others.contains { $0.isPlainCharacter })
    }
}

/// `CharacterBound.atMost` answers as counting the characters would, on strings and substrings.
@Suite("character limits")
struct AtMostTests {
    @Test(arguments: ["", "a", "育児休業", "か\u{3099}か\u{3099}か\u{3099}", "ｶﾞｶﾞｶﾞ", "\r\n\r\n", "👨‍👩‍👧👨‍👩‍👧", "育児休業\u{FE0F}制度", "1️⃣2️⃣3️⃣"])
    func agreesWithCount(_ text: String) {
        for limit in 0...(text.unicodeScalars.count + 1) {
            #expect(CharacterBound.atMost(limit, text) == (text.count <= limit), "\(limit)")
            #expect(CharacterBound.atMost(limit, text.dropFirst(0)) == (text.count <= limit), "\(limit)")
        }
    }
}
