import Testing
@testable import BrochureKit

/// `JapaneseEraParser`'s scanners against the two regular expressions they replaced, built
/// here exactly as the parser built them from ICU's era names and letters.
@Suite("Era scanners match the old regexes")
struct EraScannerTests {
    nonisolated(unsafe) static let named: Regex<AnyRegexOutput> = {
        let names = JapaneseEra.all.map(\.name).joined(separator: "|")
        // The shortened era (`令3年度`): its first kanji, the year in one or two figures and 年 straight after.
        let shortened = "[" + JapaneseEra.shortForms.joined() + "](?=(?:元|[0-9]{1,2})年)"
        // swiftlint:disable:next force_try
        return try! Regex(#"(?<era>\#(names)|\#(shortened))\s*(?<year>元|[0-9]{1,4}|[〇一二三四五六七八九十]{1,4})\s*年(?<fiscal>度)?(?:\s*(?<month>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?<day>[0-9]{1,2}|[一二三四五六七八九十]{1,4})\s*日(?:\s*[(（][月火水木金土日](?:曜日|曜)?[)）])?)?)?(?<asof>\s*(?:現在|時点))?"#)
    }()

    nonisolated(unsafe) static let letter: Regex<AnyRegexOutput> = {
        let letters = JapaneseEra.all.map(\.letter).joined()
        // swiftlint:disable:next force_try
        return try! Regex(#"(?<era>[\#(letters)])\s?(?<year>元|[0-9]{1,2})(?:\s*年(?<fiscal>度)?)?"#)
    }()

    static let tricky = [
        "令和6年3月現在", "平成三十一年度", "令和元年", "昭和 64年", "令和12345年", "令和1234年", "令和〇年", "令和5年度4月1日時点",
        "令和5年123月", "令和5年12月345日", "令和5年十二月三十一日", "令和5年十二十二月", "令和5年 現在", "令和5年度 現在現在",
        "令和5年4月 1日", "令和5年4月 日", "令和5年4 月 1 日 時点", "令和令和5年", "令和 年", "令和5", "令和5年\r\n4月",
        "令和0\u{301}年", "令和\u{FE00}5年", "明治45年大正元年", "R2", "R 2", "R  2", "R元", "H31年度", "(R6.3)", "R123", "R12R3",
        "R6 年度", "R6年 度", "RR6", "R\r\n6", "S64年H元年", "PR2", "R2出口", "MTSHR1",
        "令和8年4月1日（水）現在", "令和8年4月1日 (水曜日)時点", "令和8年4月1日（水曜", "令和8年4月1日(祝)現在", "令和8年4月(水)現在",
        "令3年度", "令8年度（予定）", "平30年", "昭64年3月", "令元年", "令 3年", "令123年", "令三年", "大3年", "令和令3年",
    ]

    static let alphabet = JapaneseEra.all.map(\.name) + JapaneseEra.all.map(\.letter) + JapaneseEra.shortForms
        + ["元", "0", "1", "2", "5", "9", "〇", "一", "三", "十", "年", "度", "月", "日", "現在", "時点", "現", " ", "H", "R"]

    static func same(_ old: [Regex<AnyRegexOutput>.Match], _ new: [JapaneseEraParser.EraCandidate]) -> Bool {
        guard old.count == new.count else { return false }
        return zip(old, new).allSatisfy { (o, n) in
            o.range == n.range && ScannerOracle.same(o.output["era"]?.substring, n.era)
                && ScannerOracle.same(o.output["year"]?.substring, n.year)
                && ScannerOracle.same(o.output["month"]?.substring ?? nil, n.month)
                && ScannerOracle.same(o.output["day"]?.substring ?? nil, n.day)
                && (o.output["fiscal"]?.substring != nil) == n.isFiscal
                && ((o.output["asof"]?.substring ?? nil) != nil) == n.isAsOf
        }
    }

    static let slots: [[String]] = [
        ["", "採用", "1", "A"], ["令和", "平成", "昭和", "大正", "明治", "R", "H", "S", "令"], ["", " "],
        ["元", "5", "12", "123", "12345", "〇", "三十一", "一二三四五"], ["", " "], ["年", "年", ""], ["", "度"], ["", " "],
        ["", "4", "12", "123", "十二", "十二十"], ["", " "], ["", "月"], ["", " "], ["", "1", "31", "三十一", "十一十一十"], ["", " "],
        ["", "日"], ["", "(水)", "（月曜日）", "(木曜"], ["", " "], ["", "現在", "時点"], ["", "R6", "令和2年", "出", "階"],
    ]

    static func agrees(_ text: String) -> Bool {
        same(text.matches(of: named), JapaneseEraParser.namedCandidates(in: text[...]))
            && same(text.matches(of: letter), JapaneseEraParser.letterCandidates(in: text[...]))
    }

    @Test("The scanner agrees with the regex on tricky and generated inputs")
    func agreement() {
        let texts = ScannerOracle.strings(Self.alphabet, count: 5000, maximumTokens: 12, seed: 14)
            + ScannerOracle.structured(Self.slots, count: 5000, seed: 14)
        ScannerOracle.expectAgreement(tricky: Self.tricky, generated: texts, Self.agrees, matching: { !$0.matches(of: Self.named).isEmpty }, atLeast: 300)
    }
}
