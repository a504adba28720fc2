import Testing
@testable import BrochureKit

/// `StationExit`'s and `Floor`'s scanners against the regular expressions they replaced,
/// whole and first match.
@Suite("Exit and floor scanners match the old regexes")
struct PlaceScannerTests {
    nonisolated(unsafe) static let exit = #/(?<name>[A-Z]\s?[0-9]{1,2}[a-z]?|[0-9]{1,2}-[A-Z0-9]{1,2}|[0-9]{1,2}[a-z]?)\s*(?:番)?\s*出口/#
    nonisolated(unsafe) static let floor = #/(?<basement>地下|B)?\s*(?<number>[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:階|F(?![A-Za-z]))/#

    static let tricky = [
        "A2出口", "A 2出口", "A  2出口", "A12a出口", "A123出口", "3番出口", "3 番 出口", "1-A番出口", "12-AB出口", "12-ABC出口", "123-A出口",
        "1-出口", "12a出口", "12ab出口", "a2出口", "駅下車 A２出口", "C3a 出口", "B2F", "B 2 F", "地下1階", "地下 一 階", "7階", "1234階",
        "10F", "10Fa", "10FA", "10F1", "BB2F", "地下B2階", "中央合同庁舎２号館７階", "7\r\n階", "7F\u{301}", "7Fa\u{301}", "十十十十階",
        "B1出口", "3F出口", "0階",
    ]

    static let alphabet = ["A", "B", "C", "a", "b", "F", "1", "2", "12", "-", " ", "番", "出口", "出", "地下", "階", "十", "一", "号館"]

    static let slots: [[String]] = [
        ["", "駅 ", "号館", "1"], ["", "A", "B", "地下", "a", "AB"], ["", " ", "  "], ["1", "12", "123", "1234", "十", "十二", "一二三四"],
        ["", "a", "ab", "-A", "-12", "-ABC", "-"], ["", " "], ["", "番", "階", "F", "Fa", "F1"], ["", " "], ["", "出口", "出", "階"],
    ]

    static func agrees(_ text: String) -> Bool {
        let scanner = TextScanner(text[...])
        let end = text.endIndex
        let wholeExit = StationExit.shape(in: scanner, at: text.startIndex) { $0 == end }
        let firstExit = scanner.firstMatch { StationExit.shape(in: scanner, at: $0.position) { _ in true } }
        let wholeFloor = Floor.shape(in: scanner, at: text.startIndex) { $0 == end }
        let firstFloor = scanner.firstMatch { Floor.shape(in: scanner, at: $0.position) { _ in true } }
        return sameExit(try? exit.wholeMatch(in: text), wholeExit) && sameExit(try? exit.firstMatch(in: text), firstExit)
            && sameFloor(try? floor.wholeMatch(in: text), wholeFloor) && sameFloor(try? floor.firstMatch(in: text), firstFloor)
    }

    static func sameExit(_ old: Regex<(Substring, name: Substring)>.Match?,
                         _ new: (range: Range<String.Index>, name: Substring)?) -> Bool {
        guard let old, let new else { return old == nil && new == nil }
        return old.range == new.range && ScannerOracle.same(old.output.name, new.name)
    }

    static func sameFloor(_ old: Regex<(Substring, basement: Substring?, number: Substring)>.Match?,
                          _ new: (number: Substring, basement: Bool)?) -> Bool {
        guard let old, let new else { return old == nil && new == nil }
        return ScannerOracle.same(old.output.number, new.number) && (old.output.basement != nil) == new.basement
    }

    @Test("The scanner agrees with the regex on tricky and generated inputs")
    func agreement() {
        let texts = ScannerOracle.strings(Self.alphabet, count: 3000, maximumTokens: 8, seed: 18)
            + ScannerOracle.structured(Self.slots, count: 5000, seed: 18)
        #expect(texts.count(where: { (try? Self.floor.firstMatch(in: $0)) != nil }) > 300)
        ScannerOracle.expectAgreement(tricky: Self.tricky, generated: texts, Self.agrees, matching: { (try? Self.exit.firstMatch(in: $0)) != nil }, atLeast: 300)
    }
}
