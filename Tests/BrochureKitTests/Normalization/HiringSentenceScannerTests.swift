import Testing
@testable import BrochureKit

/// `HiringSentences`' backtracking scanners against the regular expressions they replaced.
@Suite("Hiring-sentence scanners match the old regexes")
struct HiringSentenceScannerTests {
    nonisolated(unsafe) static let sentence = #/(?<year>(?:令和|平成|R|H)?[0-9]{1,4}年度)は[,、]?(?<body>[^。]{1,80}?)を採用(?<verb>[^。]{0,20})。/#
    nonisolated(unsafe) static let item = #/(?<track>[^0-9()、,。・]{1,12}?)(?<count>[0-9]{1,4})(?:名|人)(?:\((?:うち)?女性(?:(?<women>[0-9]{1,4})(?:名|人)|(?<none>なし|0))\))?/#

    static let tricky = [
        "令和5年度は事務系3名を採用しました。", "令和5年度は、事務系3名と技術系2名を採用。", "5年度は、を採用。", "5年度は,を採用した。", "R5年度は事務系3名を採用予定です。",
        "12345年度は事務3名を採用。", "令和5年度は事務を採用を採用。", "令和5年度は事務系3名を採用しましたがそれ以上にたくさんの職員を採用。",
        "令和5年度は" + String(repeating: "あ", count: 80) + "を採用。", "令和5年度は" + String(repeating: "あ", count: 81) + "を採用。",
        "令和5年度は事務系3名。を採用。", "令和5年度は事務3名を採用。令和6年度は技術2名を採用。", "平成5年度はは3名を採用。",
        "事務系3名(うち女性1名)", "事務系3名(女性なし)", "事務系3名(女性0)", "事務系3名(女性0名)", "事務系3名(うち女性12345名)", "事務系3名(女性0名x)",
        "事務系12345名", "裁判所事務官事務系の3名", "事務,3名", "3名", "事務系3", "あいうえおかきくけこさしす3名", "事務系3人(うち女性なし)",
        "事務系0\u{301}名", "事務系3名(うち女性1名", "事務系3名(女性1人)",
    ]

    static let slotSets: [[[String]]] = [
        [["", "また", "1"], ["令和", "平成", "R", "H", ""], ["5", "12", "12345"], ["年度", "年"], ["は", ""], ["", ",", "、"],
         ["事務系3名", "事務系3名と技術系2名", "", "事務", "。"], ["", "を採用", "を", "を採"], ["", "しました", "予定", "予定です予定です予定です予定です予定です"],
         ["。", ""], ["", "令和6年度は技術2名を採用。"]],
        [["事務系", "技術", "裁判所事務官", "", "あいうえおかきくけこさしす", "事,"], ["3", "12345", ""], ["名", "人", ""], ["", "("], ["", "うち"],
         ["女性", "女"], ["1", "0", "12345", "なし", ""], ["", "名", "人"], [")", ""], ["", "と技術系2名"]],
    ]

    static func agrees(_ text: String) -> Bool {
        let whole = text[...]
        let old = text.matches(of: sentence)
        let new = HiringSentences.sentences(in: whole)
        guard old.count == new.count, zip(old, new).allSatisfy({ (o, n) in
            o.range == n.range && ScannerOracle.same(o.output.year, n.year) && ScannerOracle.same(o.output.body, n.body)
                && ScannerOracle.same(o.output.verb, n.verb)
        }) else { return false }
        let oldItem = try? item.prefixMatch(in: text)
        let newItem = HiringSentences.item(at: whole)
        guard let oldItem, let newItem else { return oldItem == nil && newItem == nil }
        return oldItem.range.upperBound == newItem.end && ScannerOracle.same(oldItem.output.track, newItem.track)
            && ScannerOracle.same(oldItem.output.count, newItem.count) && ScannerOracle.same(oldItem.output.women, newItem.women)
            && ScannerOracle.same(oldItem.output.none, newItem.none)
    }

    @Test("The scanner agrees with the regex on tricky and generated inputs")
    func agreement() {
        let texts = Self.slotSets.enumerated().flatMap { ScannerOracle.structured($1, count: 4000, seed: 40 + UInt64($0)) }
        #expect(texts.count(where: { (try? Self.item.prefixMatch(in: $0)) != nil }) > 300)
        ScannerOracle.expectAgreement(tricky: Self.tricky, generated: texts, Self.agrees, matching: { !$0.matches(of: Self.sentence).isEmpty }, atLeast: 300)
    }
}
