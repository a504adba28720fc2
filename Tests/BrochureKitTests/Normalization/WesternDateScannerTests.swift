import Testing
@testable import BrochureKit

/// `WesternDate.forms` against the regular expression it replaced.
@Suite("Western-date scanner matches the old regex")
struct WesternDateScannerTests {
    nonisolated(unsafe) static let oracle = #/(?<year>(?:19|20)[0-9]{2})(?:\s*[(（](?:令和|平成|昭和)\s*(?:[0-9]{1,2}|元)[)）])?\s*(?:年\s*(?<month>[0-9]{1,2})\s*月(?:\s*(?<day>[0-9]{1,2})\s*日)?|[.\/](?<month2>[0-9]{1,2})(?:[.\/](?<day2>[0-9]{1,2}))?)(?<asof>\s*(?:現在|時点))?/#

    static let tricky = [
        "2025年4月", "2025年4月1日現在", "2025.4", "2025/4/1", "2026（令和8）年4月", "2026(令和元)年4月", "2026 ( 令和8) 年4月",
        "2026（令和123）年4月", "2026（令和8年4月", "2025年123月", "2025年12月345日", "2025年4月 日", "2025/123", "2025/4/123",
        "2025/4.", "2025/", "20252025年4月", "120254月", "1899年4月", "1999年 4 月 1 日 時点", "2025年4月現在現在", "2025年4月 現",
        "2025年度", "2025.4.1.2025.5", "2025年\r\n4月", "2025年0\u{301}月", "2025/4 /1", "2025 /4", "2025（平成8）/4",
        "2025（令和8）", "2025（令和 8）年4月1日時点",
    ]

    static let alphabet = ["19", "20", "2025", "0", "1", "4", "9", "12", "(", "（", ")", "）", "令和", "平成", "昭和", "元", "年", "月",
                           "日", ".", "/", "現在", "時点", " "]

    static let slots: [[String]] = [
        ["", "1", "-", "令和"], ["2025", "1999", "2025", "1899", "202"], ["", " "], ["", "(", "（"], ["", "令和", "平成", "昭和", "大正"],
        ["", " "], ["", "8", "12", "123", "元"], ["", ")", "）"], ["", " "], ["年", ".", "/", "年"], ["", " "], ["4", "12", "123", ""],
        ["", " "], ["", "月"], ["", ".", "/", " "], ["", "1", "31", "123"], ["", " "], ["", "日"], ["", " "], ["", "現在", "時点"],
        ["", "5", "/2026/4"],
    ]

    static func agrees(_ text: String) -> Bool {
        let old = text.matches(of: oracle)
        let new = WesternDate.forms(in: text[...])
        guard old.count == new.count else { return false }
        return zip(old, new).allSatisfy { (o, n) in
            o.range == n.range && ScannerOracle.same(o.output.year, n.year) && ScannerOracle.same(o.output.month, n.month)
                && ScannerOracle.same(o.output.day, n.day) && ScannerOracle.same(o.output.month2, n.month2)
                && ScannerOracle.same(o.output.day2, n.day2) && ScannerOracle.same(o.output.asof, n.asof)
        }
    }

    @Test("The scanner agrees with the regex on tricky and generated inputs")
    func agreement() {
        let texts = ScannerOracle.strings(Self.alphabet, count: 5000, maximumTokens: 12, seed: 15)
            + ScannerOracle.structured(Self.slots, count: 5000, seed: 15)
        ScannerOracle.expectAgreement(tricky: Self.tricky, generated: texts, Self.agrees, matching: { !$0.matches(of: Self.oracle).isEmpty }, atLeast: 300)
    }
}
