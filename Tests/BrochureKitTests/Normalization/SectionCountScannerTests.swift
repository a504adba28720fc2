import Testing
@testable import BrochureKit

/// The scanners of `ProseAssignments`, `BarChartLabels` and `HiringListLines` against the
/// regular expressions they replaced.
@Suite("Section-count scanners match the old regexes")
struct SectionCountScannerTests {
    nonisolated(unsafe) static let phrase = #/には?(?<run>(?:(?:事務系?|技術系?)?[0-9]+[名人](?:と|、|・|及び)?)+)/#
    nonisolated(unsafe) static let count = #/(?<track>事務系?|技術系?)?(?<n>[0-9]+)[名人]/#
    nonisolated(unsafe) static let barCounts = #/(?:計?[0-9]{1,4}\([0-9]{1,4}\))+/#
    nonisolated(unsafe) static let barCount = #/(?<total>計)?[0-9]{1,4}\([0-9]{1,4}\)/#
    nonisolated(unsafe) static let item = #/(?<track>事務系|技術系|合計|計)(?<count>[0-9]{1,4}名(?:\(うち女性[0-9]{1,4}名\))?)/#

    static let tricky = [
        "総務部には事務系6名と技術系2名が", "公安部に4名、特別捜査部に3名", "に事務系名", "には事務6人及び技術系1名・", "にはは3名", "に3", "に事務系系3名",
        "にと3名", "に3名と", "に3名及", "8(2)5(1)計13(3)", "計13(3)", "8(2)計", "12345(1)", "8(12345)", "計計8(2)", "8(2)x", "8 (2)",
        "事務系2名(うち女性1名)・技術系0名", "計2名(うち女性1名)", "合計12345名", "事務系2名(うち女性1名", "事務系2名(うち女性名)", "技術系名",
        "事務系\r\n2名", "に0\u{301}名",
    ]

    static let slotSets: [[[String]]] = [
        [["", "総務部", "に"], ["に", "には", "は"], ["", "事務系", "技術", "事務系系", "技"], ["6", "12", "", "0\u{301}"], ["名", "人", ""],
         ["", "と", "、", "・", "及び", "及"], ["", "技術系", "事務"], ["", "2", "3"], ["", "名", "人"], ["", "と", "が"], ["", "3名", "には1人"]],
        [["計", "", ""], ["8", "12345", "8"], ["(", "(", ""], ["2", "12345", "2"], [")", ")", ""], ["", "計"], ["13", "1", ""],
         ["(", "("], ["3", "3", ""], [")", ")", "("], ["", "計1(0)"]],
        [["事務系", "技術系", "合計", "計", "事務"], ["2", "12345", ""], ["名", ""], ["", "(うち女性", "(うち", "(女性"], ["", "1", "12345"],
         ["", "名"], ["", ")"], ["", "・技術系0名"]],
    ]

    static func agrees(_ text: String) -> Bool {
        let whole = text[...]
        let oldPhrases = text.matches(of: phrase)
        let newPhrases = ProseAssignments.phrases(in: whole)
        guard oldPhrases.count == newPhrases.count,
              zip(oldPhrases, newPhrases).allSatisfy({ $0.range == $1.range && ScannerOracle.same($0.output.run, $1.run) })
        else { return false }
        let oldCounts = text.matches(of: count)
        let newCounts = ProseAssignments.counts(in: whole)
        guard oldCounts.count == newCounts.count, zip(oldCounts, newCounts).allSatisfy({
            $0.range == $1.range && ScannerOracle.same($0.output.track, $1.track) && ScannerOracle.same($0.output.n, $1.n)
        }) else { return false }
        guard ((try? barCounts.wholeMatch(in: text)) != nil) == BarChartLabels.isCounts(whole) else { return false }
        let oldFigures = text.matches(of: barCount)
        let newFigures = BarChartLabels.figures(in: whole)
        guard oldFigures.count == newFigures.count, zip(oldFigures, newFigures).allSatisfy({ (o, n) in
            let figure = o.output.total.map { o.output.0.dropFirst($0.count) } ?? o.output.0
            return (o.output.total != nil) == n.total && ScannerOracle.same(figure, n.figure)
        }) else { return false }
        let oldItem = try? item.prefixMatch(in: text)
        let newItem = HiringListLines.item(at: whole)
        guard let oldItem, let newItem else { return oldItem == nil && newItem == nil }
        return oldItem.range.upperBound == newItem.end && ScannerOracle.same(oldItem.output.track, newItem.track)
            && ScannerOracle.same(oldItem.output.count, newItem.count)
    }

    @Test("The scanner agrees with the regex on tricky and generated inputs")
    func agreement() {
        let texts = Self.slotSets.enumerated().flatMap { ScannerOracle.structured($1, count: 6000, seed: 30 + UInt64($0)) }
        #expect(texts.count(where: { (try? Self.barCounts.wholeMatch(in: $0)) != nil }) > 50)
        #expect(texts.count(where: { (try? Self.item.prefixMatch(in: $0)) != nil }) > 300)
        ScannerOracle.expectAgreement(tricky: Self.tricky, generated: texts, Self.agrees, matching: { !$0.matches(of: Self.phrase).isEmpty }, atLeast: 300)
    }
}
