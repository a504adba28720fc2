import Testing
@testable import BrochureKit

/// `EditionFinder`'s gloss and letter-date scanners and `SexSplitCount`'s against the regular
/// expressions they replaced.
@Suite("Edition-gloss and sex-split scanners match the old regexes")
struct EditionGlossScannerTests {
    nonisolated(unsafe) static let westernGloss = #/(?<year>[0-9０-９元])\s*[(（]\s*(?:19|20|１９|２０)[0-9０-９]{2}\s*[)）](?=\s*年)/#
    nonisolated(unsafe) static let westernYearGloss = #/(?<year>(?:令和|平成|昭和)\s*(?:[0-9０-９]{1,2}|元)\s*年)\s*[(（]\s*(?:19|20|１９|２０)[0-9０-９]{2}\s*年\s*[)）]/#
    nonisolated(unsafe) static let eraGloss = #/(?<year>(?:19|20|１９|２０)[0-9０-９]{2}\s*年)\s*[(（]\s*(?:令和|平成|昭和)\s*(?:[0-9０-９]{1,2}|元)\s*年\s*[)）]/#
    nonisolated(unsafe) static let letterForm = #/(?<year>[RHS][0-9]{1,2})(?:[.\/](?<month>[0-9]{1,2})|年(?<worded>[0-9]{1,2})月)/#
    nonisolated(unsafe) static let sexSplit = #/(?<first>[男女])性?(?<a>[0-9]{1,4})[名人]?[・･、,/／ ]?(?<second>[男女])性?(?<b>[0-9]{1,4})[名人]?/#

    static let tricky = [
        "令和8(2026)年3月", "令和8（２０２６）年3月", "令和8 ( 2026 ) 年", "令和8(2026)3月", "令和18(2026)年", "元(2019)年", "８(2026)年",
        "2026年（令和8年）3月", "2026 年 ( 令和 8 年 ) 3月", "2026年(令和元年)", "2026年(令和123年)", "２０２６年（令和８年）",
        "令和8年（2026年）2月", "令和 8 年 (2026 年)", "令和8年(2026)", "令和8(2026)年(令和8年)", "1899年(明治32年)", "令和8(2026)年、令和9(2027)年",
        "R8.4", "R8/12", "R8.123", "R12.1", "R123.1", "H31年4月", "S64年12月", "R8年月", "R8年4", "R8", "X8.4", "R8.4発行",
        "男4名・女6名", "女2人、男3人", "男性4女性6", "男4男6", "男12345女1", "男4名名女6", "男4・・女6", "女性2人 男性3人", "男4名女6名。",
    ]

    static let alphabet = ["令和", "平成", "8", "2026", "２０２６", "19", "元", "(", "（", ")", "）", "年", "月", " ", "R", "H", "S", ".",
                           "/", "男", "女", "性", "4", "名", "人", "・", "、"]

    /// One list of parts per pattern, so each is met often enough in its own near-misses.
    static let slotSets: [[[String]]] = [
        [["", "令和", "令和1"], ["8", "元", "８", "12"], ["", " "], ["(", "（", ""], ["", " "], ["2026", "２０２６", "1999", "2126", "202"],
         ["", " "], [")", "）", ""], ["", " "], ["年", "", "月"], ["", "3月"]],
        [["", "発行"], ["2026", "２０２６", "1999", "2126"], ["", " "], ["年", ""], ["", " "], ["(", "（"], ["", " "], ["令和", "平成", "大正"],
         ["", " "], ["8", "元", "８", "123"], ["", " "], ["年", ""], ["", " "], [")", "）", ""], ["", "3月"]],
        [["令和", "平成", "昭和", "明治"], ["", " "], ["8", "元", "８", "123"], ["", " "], ["年", ""], ["", " "], ["(", "（"], ["", " "],
         ["2026", "２０２６", "1999"], ["", " "], ["年", ""], ["", " "], [")", "）", ""], ["", "2月"]],
        [["R", "H", "S", "X"], ["8", "12", "123"], [".", "/", "年"], ["4", "12", "123"], ["", "月", "月"]],
        [["男", "女", "子"], ["", "性"], ["4", "12345"], ["", "名", "人"], ["", "・", "、", " ", "・・"], ["男", "女"], ["", "性"], ["6", "12345"],
         ["", "名", "人", "名名"]],
    ]

    static func agrees(_ text: String) -> Bool {
        let old = text.replacing(westernGloss) { $0.output.year }.replacing(eraGloss) { $0.output.year }
            .replacing(westernYearGloss) { $0.output.year }
        let new = EditionFinder.replacingGlosses(in: EditionFinder.replacingGlosses(in: EditionFinder.replacingGlosses(
            in: text, EditionFinder.westernGloss), EditionFinder.eraGloss), EditionFinder.westernYearGloss)
        guard old == new, sameEach(text) else { return false }
        let letter = try? letterForm.wholeMatch(in: text)
        let parts = EditionFinder.letterParts(text)
        let letterAgrees = letter.map { (m) in
            parts.map { ScannerOracle.same(m.output.year, $0.year) && ScannerOracle.same(m.output.month, $0.month)
                && ScannerOracle.same(m.output.worded, $0.worded) } ?? false
        } ?? (parts == nil)
        let split = try? sexSplit.wholeMatch(in: text)
        let shape = SexSplitCount.shape(text)
        let splitAgrees = split.map { (m) in
            shape.map { String(m.output.first) == String($0.first) && String(m.output.second) == String($0.second)
                && ScannerOracle.same(m.output.a, $0.a) && ScannerOracle.same(m.output.b, $0.b) } ?? false
        } ?? (shape == nil)
        return letterAgrees && splitAgrees
    }

    /// Each gloss alone, so one pattern's slip is not hidden by another replacing the same text.
    static func sameEach(_ text: String) -> Bool {
        text.replacing(westernGloss) { $0.output.year } == EditionFinder.replacingGlosses(in: text, EditionFinder.westernGloss)
            && text.replacing(eraGloss) { $0.output.year } == EditionFinder.replacingGlosses(in: text, EditionFinder.eraGloss)
            && text.replacing(westernYearGloss) { $0.output.year } == EditionFinder.replacingGlosses(in: text, EditionFinder.westernYearGloss)
    }

    @Test("The scanner agrees with the regex on tricky and generated inputs")
    func agreement() {
        let texts = ScannerOracle.strings(Self.alphabet, count: 3000, maximumTokens: 10, seed: 19)
            + Self.slotSets.enumerated().flatMap { ScannerOracle.structured($1, count: 4000, seed: 19 + UInt64($0)) }
        #expect(texts.count(where: { (try? Self.letterForm.wholeMatch(in: $0)) != nil || (try? Self.sexSplit.wholeMatch(in: $0)) != nil }) > 100)
        ScannerOracle.expectAgreement(tricky: Self.tricky, generated: texts, Self.agrees, matching: { $0.contains(Self.westernGloss) || $0.contains(Self.eraGloss) || $0.contains(Self.westernYearGloss) }, atLeast: 300)
    }
}
