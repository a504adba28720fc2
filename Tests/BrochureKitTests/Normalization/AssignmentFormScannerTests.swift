import Testing
@testable import BrochureKit

/// `BulletedAssignments.Forms` and `WomenBelowCount`'s scanner against the regular
/// expressions they replaced.
@Suite("Assignment-count scanners match the old regexes")
struct AssignmentFormScannerTests {
    nonisolated(unsafe) static let countThenTrack = #/(?<count>[0-9〇一二三四五六七八九十百]+)[名人]\((?<track>[^()]+)\)/#
    nonisolated(unsafe) static let trackThenCount = #/(?<track>[^0-9〇一二三四五六七八九十百]+)(?<count>[0-9〇一二三四五六七八九十百]+)[名人]/#
    nonisolated(unsafe) static let trackLabelCount = #/(?<track>事務|技術)系?(?<count>[0-9]{1,4})/#
    nonisolated(unsafe) static let spacedPair = #/(事務|技術)系?([0-9]{1,4}|[-‐―−ー－])(事務|技術)系?([0-9]{1,4}|[-‐―−ー－])/#
    nonisolated(unsafe) static let womenBelow = #/(?<count>[0-9]{1,4})[名人]?うち女性(?<women>[0-9]{1,4})[名人]?/#

    static let tricky = [
        "2名(事務系)", "二名(技術)", "2名()", "2名(事(務))", "2名(事務系", "2名(事務系))", "2(事務)", "十二人(事務系)", "2名(\u{301})", "2名((\u{301})",
        "事務系1名", "事務系十二名", "名1名", "事務系1", "1名", "事務系1名名", "事務1技術2名", "事務系3", "技術12345", "事務系系3", "事務",
        "事務3技術-", "事務系3技術系12", "事務3事務4", "技術ー事務－", "事務12345技術1", "11うち女性2", "11名うち女性2名", "11うち女性",
        "12345うち女性2", "11人うち女性2人人", "事務系\r\n1名", "0\u{301}名(事務)",
    ]

    static let alphabet = ["事務", "技術", "系", "1", "12", "二", "十", "名", "人", "(", ")", "-", "ー", "－", "うち女性", "うち", "女性", "事"]

    /// One list of parts per pattern, so each is met often enough in its own near-misses.
    static let slotSets: [[[String]]] = [
        [["2", "二", "十二", "", "事"], ["名", "人", ""], ["(", ""], ["事務系", "技術", "事(務", ""], [")", "", "))"]],
        [["総務課", "事務系", "事務", "技術系", "", "名"], ["1", "十二", "", "2名"], ["名", "人", "", "名名"]],
        [["事務", "技術", "事"], ["", "系"], ["1", "12", "12345", "", "-"]],
        [["事務", "技術", "事"], ["", "系"], ["3", "12345", "-", "ー", "－", ""], ["事務", "技術"], ["", "系", "系系"], ["12", "‐", "―", "−", ""]],
        [["11", "12345", ""], ["", "名", "人"], ["うち女性", "うち", "女性"], ["2", "12345", ""], ["", "名", "人", "人人"]],
    ]

    static func agrees(_ text: String) -> Bool {
        let whole = text[...]
        let a = try? countThenTrack.wholeMatch(in: text)
        let b = try? trackThenCount.wholeMatch(in: text)
        let c = try? trackLabelCount.wholeMatch(in: text)
        let d = try? spacedPair.wholeMatch(in: text)
        let e = try? womenBelow.wholeMatch(in: text)
        let na = BulletedAssignments.Forms.countThenTrack(whole)
        let nb = BulletedAssignments.Forms.trackThenCount(whole)
        let nc = BulletedAssignments.Forms.trackLabelCount(whole)
        let nd = BulletedAssignments.Forms.spacedPair(whole)
        let ne = WomenBelowCount.shape(text)
        let same = ScannerOracle.same
        return (a == nil) == (na == nil) && (b == nil) == (nb == nil) && (c == nil) == (nc == nil) && (d == nil) == (nd == nil)
            && (e == nil) == (ne == nil)
            && a.map { m in na.map { same(m.output.count, $0.count) && same(m.output.track, $0.track) } ?? false } ?? true
            && b.map { m in nb.map { same(m.output.count, $0.count) && same(m.output.track, $0.track) } ?? false } ?? true
            && c.map { m in nc.map { same(m.output.count, $0.count) && same(m.output.track, $0.track) } ?? false } ?? true
            && d.map { m in nd.map { same(m.output.1, $0.0) && same(m.output.2, $0.1) && same(m.output.3, $0.2) && same(m.output.4, $0.3) } ?? false } ?? true
            && e.map { m in ne.map { same(m.output.count, $0.count) && same(m.output.women, $0.women) } ?? false } ?? true
    }

    @Test("The scanner agrees with the regex on tricky and generated inputs")
    func agreement() {
        let texts = ScannerOracle.strings(Self.alphabet, count: 3000, maximumTokens: 8, seed: 20)
            + Self.slotSets.enumerated().flatMap { ScannerOracle.structured($1, count: 2000, seed: 20 + UInt64($0)) }
        #expect(texts.count(where: { (try? Self.spacedPair.wholeMatch(in: $0)) != nil || (try? Self.womenBelow.wholeMatch(in: $0)) != nil
            || (try? Self.countThenTrack.wholeMatch(in: $0)) != nil }) > 100)
        ScannerOracle.expectAgreement(tricky: Self.tricky, generated: texts, Self.agrees, matching: { (try? Self.trackThenCount.wholeMatch(in: $0)) != nil }, atLeast: 300)
    }
}
