import Testing
@testable import BrochureKit

/// `WalkingTime`'s scanner against the regular expression it replaced, whole and first match.
@Suite("Walking-time scanner matches the old regex")
struct WalkingTimeScannerTests {
    nonisolated(unsafe) static let oracle = #/(?:徒歩で?|歩いて)\s*(?<about>約)?\s*(?<minutes>[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:分)?(?:\s*[~-]\s*(?<maximum>[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*分|\s*分)(?<suffix>程度|ほど)?/#

    static let tricky = [
        "徒歩5分", "徒歩約5分", "歩いて5分", "徒歩 約 5 分 程度", "徒歩5分分", "徒歩5分 分", "徒歩5分~10分", "徒歩5~10分", "徒歩5 - 10 分ほど",
        "徒歩5分~10", "徒歩5", "徒歩1234分", "徒歩123分", "徒歩十分", "徒歩十十十十分", "徒歩5分程度程度", "駅から徒歩3分、徒歩5分",
        "徒歩5分~", "徒歩5分分分", "徒歩5~分", "徒歩徒歩5分", "徒歩約約5分", "歩いて", "徒歩5分ほど。", "徒歩5\r\n分", "徒歩0\u{301}分",
        "徒歩5分~10分程度", "徒歩5分-10分分", "徒歩で約10分", "徒歩で5分", "歩いてで5分", "徒歩でで5分",
    ]

    static let alphabet = ["徒歩", "歩いて", "歩", "で", "約", "1", "5", "0", "一", "十", "分", "~", "-", "程度", "ほど", " "]

    static let slots: [[String]] = [
        ["", "駅から", "A"], ["徒歩", "歩いて", "歩"], ["", " "], ["", "約"], ["", " "], ["5", "12", "123", "1234", "十", "十五", "一二三四"],
        ["", " "], ["", "分"], ["", " "], ["", "~", "-"], ["", " "], ["", "10", "十", "1000"], ["", " "], ["", "分"],
        ["", "程度", "ほど"], ["", "、徒歩3分"],
    ]

    static func agrees(_ text: String) -> Bool {
        same(try? oracle.wholeMatch(in: text), WalkingTime.wholeShape(text[...]))
            && same(try? oracle.firstMatch(in: text), WalkingTime.firstShape(in: text[...]))
    }

    static func same(_ old: Regex<(Substring, about: Substring?, minutes: Substring, maximum: Substring?, suffix: Substring?)>.Match?,
                     _ new: WalkingTime.Shape?) -> Bool {
        guard let old, let new else { return old == nil && new == nil }
        let o = old.output
        return old.range == new.range && ScannerOracle.same(o.about, new.about) && ScannerOracle.same(o.minutes, new.minutes)
            && ScannerOracle.same(o.maximum, new.maximum) && ScannerOracle.same(o.suffix, new.suffix)
    }

    @Test("The scanner agrees with the regex on tricky and generated inputs")
    func agreement() {
        let texts = ScannerOracle.strings(Self.alphabet, count: 5000, seed: 13)
            + ScannerOracle.structured(Self.slots, count: 5000, seed: 13)
        ScannerOracle.expectAgreement(tricky: Self.tricky, generated: texts, Self.agrees, matching: { (try? Self.oracle.firstMatch(in: $0)) != nil }, atLeast: 300)
    }
}
