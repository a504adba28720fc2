import Testing
@testable import BrochureKit

/// `DurationShape` against the regular expression it replaced.
@Suite("Duration scanner matches the old regex")
struct DurationScannerTests {
    nonisolated(unsafe) static let oracle = #/^(?<about1>約)?\s*(?<low>[0-9.〇一二三四五六七八九十百]+|半|数)?\s*(?<lowUnit>日間?|週間?|か月間?|ヶ月間?|ヵ月間?|カ月間?|ケ月間?|箇月間?|ヶ年|カ年|月間?|年間?)?(?<lowHalf>半)?\s*(?:(?:~|-|から)\s*(?<about2>約)?\s*(?<high>[0-9.〇一二三四五六七八九十百]+|半)?\s*(?<highUnit>日間?|週間?|か月間?|ヶ月間?|ヵ月間?|カ月間?|ケ月間?|箇月間?|ヶ年|カ年|月間?|年間?)(?<highHalf>半)?)?\s*(?<suffix>程度|前後|ほど|くらい|ぐらい|以内|以上|未満|まで)?$/#

    static let tricky = [
        "", " ", "約", "半", "数", "半年", "年半", "1年半", "半半", "半 半", "1半", "約 1 年", "約1~約2年", "1~2", "1~半年", "1~半",
        "~2年", "から2年", "1から2年", "1か月から2か月", "1かから", "1.5年", "1..5年", "十二か月", "百日", "3ヶ年", "3カ年以上",
        "6か月間程度", "2週間~3週間半", "2年~1年", "1年~ 2年 程度", "1 日 間", "1日間間", "3月まで", "3くらい", "3ぐらい",
        "約約1年", "1年1年", "1年 ~", "1年~約", "1-2年前後", "半~1年", "数年", "数~5年", "1~数年", "2年\r\n", "\u{3000}2年",
        "2年程度程度", "1箇月間", "1ケ月", "1ヵ月~2ヵ月半", "1~2か", "1~2か月間半以内", "0\u{301}年", "1年\u{FE00}",
    ]

    static let alphabet = ["約", "0", "1", "2", "9", ".", "〇", "一", "十", "百", "半", "数", "日", "間", "週", "か", "月", "ヶ", "ヵ",
                           "カ", "ケ", "箇", "年", "~", "-", "から", "ら", "程度", "前後", "ほど", "くらい", "ぐらい", "以内", "以上",
                           "未満", "まで", " ", "か月", "ヶ年"]

    static let slots: [[String]] = [
        ["", "約"], ["", " "], ["", "1", "12", "1.5", "一", "十二", "百", "半", "数", "1.", "〇"], ["", " "],
        ["", "日", "日間", "週", "週間", "か月", "ヶ月間", "ヵ月", "カ月", "ケ月", "箇月", "ヶ年", "カ年", "月", "年", "年間"], ["", "半"], ["", " "],
        ["", "~", "-", "から", "~", "か"], ["", " "], ["", "約"], ["", "2", "3", "十", "半", "0.5"], ["", " "],
        ["", "日", "週間", "か月", "ヶ月", "年", "年間", "ヶ年", "月間"], ["", "半"], ["", " "],
        ["", "程度", "前後", "ほど", "くらい", "ぐらい", "以内", "以上", "未満", "まで", "程"],
    ]

    static func agrees(_ text: String) -> Bool {
        let old = try? oracle.wholeMatch(in: text)
        let new = DurationShape(text[...])
        guard let old, let new else { return old == nil && new == nil }
        let o = old.output
        return ScannerOracle.same(o.about1, new.about1) && ScannerOracle.same(o.low, new.low)
            && ScannerOracle.same(o.lowUnit, new.lowUnit) && ScannerOracle.same(o.lowHalf, new.lowHalf)
            && ScannerOracle.same(o.about2, new.about2) && ScannerOracle.same(o.high, new.high)
            && ScannerOracle.same(o.highUnit, new.highUnit) && ScannerOracle.same(o.highHalf, new.highHalf)
            && ScannerOracle.same(o.suffix, new.suffix)
    }

    @Test("The scanner agrees with the regex on tricky and generated inputs")
    func agreement() {
        let texts = ScannerOracle.strings(Self.alphabet, count: 5000, seed: 11)
            + ScannerOracle.structured(Self.slots, count: 5000, seed: 11)
        ScannerOracle.expectAgreement(tricky: Self.tricky, generated: texts, Self.agrees, matching: { (try? Self.oracle.wholeMatch(in: $0)) != nil }, atLeast: 300)
    }
}
