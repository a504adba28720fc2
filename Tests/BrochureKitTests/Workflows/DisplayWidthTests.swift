import Testing
@testable import BrochureKit

/// Terminal cells per text: what keeps the diff table aligned.
@Suite("Display width")
struct DisplayWidthTests {
    static let widths: [(String, Int)] = [
        ("", 0), ("abc", 3), ("FY2024", 6),
        ("総務省", 6), ("ひらがな", 8), ("カタカナ", 8), ("ｶﾀｶﾅ", 4),  // half-width katakana are narrow
        ("Ａ１", 4), ("（予定数）", 10), ("　", 2), ("、。", 4),  // full-width forms and CJK punctuation
        ("한국어", 6), ("𠮷", 2),  // Hangul; an ideograph outside the BMP
        ("e\u{301}", 1), ("か\u{3099}", 2), ("葛\u{E0100}", 2), ("a\u{200B}b", 2),  // combining, variation selector, zero-width space
        ("03-5253-5069（直通）", 20), ("→", 1), ("…", 1),
    ]

    @Test("cells", arguments: widths)
    func width(_ text: String, _ cells: Int) {
        #expect(DisplayWidth.of(text) == cells)
    }

    static let truncations: [(String, Int, String)] = [
        ("abcdef", 6, "abcdef"), ("abcdefg", 6, "abcde…"), ("総務省大臣官房", 7, "総務省…"), ("総務省大臣官房", 8, "総務省…"),
        ("a総務省", 4, "a総…"),
    ]

    @Test("truncate never exceeds the limit", arguments: truncations)
    func truncate(_ text: String, _ limit: Int, _ expected: String) {
        let cut = DisplayWidth.truncate(text, to: limit)
        #expect(cut == expected)
        #expect(DisplayWidth.of(cut) <= limit)
    }

    @Test func padCountsWideCharactersTwice() {
        #expect(DisplayWidth.pad("統計局", to: 10) == "統計局    ")
        #expect(DisplayWidth.pad("statistics", to: 4) == "statistics")
    }

    @Test("wide ranges are sorted and disjoint, as the binary search needs")
    func rangesSorted() {
        let ranges = DisplayWidth.wideRanges
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound })
    }
}
