import Foundation
import Testing
@testable import BrochureKit

/// The byte search must give Foundation's answers, only faster.
@Suite("String search")
struct StringSearchTests {
    static let cases: [(String, String)] = [
        ("令和5年度 採用実績（事務系・技術系）", "採用実績"), ("令和5年度 採用実績", "の"), ("東京都千代田区霞が関2-1-2", "霞が関"),
        ("abc", "abc"), ("abc", "abcd"), ("abc", "c"), ("abc", "a"), ("", "a"), ("aaab", "aab"), ("ababac", "abac"),
        ("総合職（大卒程度）", "）"), ("R2", "R"), ("03-5253-5069", "-50"),
        // A variation selector or a skin tone belongs to the character before it.
        ("葛\u{E0100}飾区", "葛"), ("葛\u{E0100}飾区", "葛\u{E0100}"), ("👍🏽です", "👍"), ("ok👍🏽", "🏽"),
        // Canonically equivalent spellings: Foundation matches them, so the search hands them to it.
        ("か\u{3099}くせい", "が"), ("がくせい", "か\u{3099}"), ("cafe\u{301}", "café"), ("café", "cafe"), ("cafe\u{301}", "cafe"),
    ]

    @Test("range(of:) agrees with Foundation", arguments: cases)
    func agrees(_ text: String, _ needle: String) {
        let foundation = text.range(of: needle, options: [])
        #expect(text.range(of: needle) == foundation)
        #expect(text.contains(needle) == (foundation != nil))
    }

    @Test("on a substring, ranges are in the base string's indices", arguments: cases)
    func substring(_ text: String, _ needle: String) {
        let padded = "前置き" + text + "後書き"
        let slice = padded.dropFirst(3).dropLast(3)
        let foundation = slice.range(of: needle, options: [])
        #expect(slice.range(of: needle) == foundation)
    }

    @Test("an empty needle is never found, as in Foundation")
    func empty() {
        #expect("abc".range(of: "") == nil)
        #expect(!"abc".contains(""))
    }
}
