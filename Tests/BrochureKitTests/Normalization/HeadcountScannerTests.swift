import Testing
@testable import BrochureKit

/// `Headcount.shape` against the regular expression it replaced.
@Suite("Headcount scanner matches the old regex")
struct HeadcountScannerTests {
    nonisolated(unsafe) static let oracle = #/^(?<count>[0-9]{1,3}(?:,[0-9]{3})+|[0-9〇一二三四五六七八九十百千]+)\s*(?:名|人)?\s*(?:\(\s*(?:うち)?\s*(?:女性|女)?\s*[:：]?\s*(?<women>[0-9]{1,3}(?:,[0-9]{3})+|[0-9〇一二三四五六七八九十百千]+)\s*(?:名|人)?\s*\))?$/#

    static let tricky = [
        "", "1", "55", "1,200", "1,20", "1,2000", "1234,567", "12,345,678", "55,", ",55", "55名", "55人", "55 名 ", "55名名",
        "55(20)", "55名(うち女性20名)", "55 ( うち 女性 : 20 人 )", "55(女20)", "55(女性：20)", "55(うち20)", "55(性20)",
        "55(:20)", "55()", "55(20", "55(20))", "十五名", "千二百", "1,200(1,000)", "1,200(1,0000)", "55(20)名", "五十五（二十）",
        "55\r\n", "5\u{301}5", "55(うち女性女20)", "55(うちうち20)",
    ]

    static let alphabet = ["1", "2", "0", "5", ",", "000", ",123", "〇", "十", "百", "千", "名", "人", "(", ")", "うち", "女性", "女",
                           "性", ":", "：", " "]

    static let slots: [[String]] = [
        ["1", "55", "1,200", "12,345,678", "1,20", "十五", "千", "1234"], ["", " "], ["", "名", "人"], ["", " "],
        ["", "(", "("], ["", " "], ["", "うち"], ["", " "], ["", "女性", "女"], ["", ":", "："], ["", " "],
        ["20", "2,000", "二十", "1,2", ""], ["", " "], ["", "名", "人"], ["", " "], [")", ")", ""],
    ]

    static func agrees(_ text: String) -> Bool {
        let old = try? oracle.wholeMatch(in: text)
        let new = Headcount.shape(text[...])
        guard let old, let new else { return old == nil && new == nil }
        return ScannerOracle.same(old.output.count, new.count) && ScannerOracle.same(old.output.women, new.women)
    }

    @Test("The scanner agrees with the regex on tricky and generated inputs")
    func agreement() {
        let texts = ScannerOracle.strings(Self.alphabet, count: 5000, seed: 12)
            + ScannerOracle.structured(Self.slots, count: 5000, seed: 12)
        ScannerOracle.expectAgreement(tricky: Self.tricky, generated: texts, Self.agrees, matching: { (try? Self.oracle.wholeMatch(in: $0)) != nil }, atLeast: 300)
    }
}
