import Testing

@testable import BrochureKit

/// A local body's name set on two masthead lines, and exam categories with typed leaders.
@Suite("Split mastheads and leader lists")
struct SplitMastheadTests {
    typealias L = LooseLayoutsTests
    typealias T = TopicContactsAndCardsTests

    @Test("A municipality set small over its bureau's name in large type names the bureau in full")
    func municipalityOverBureau() {
        let layout = T.page([
            T.line("上越市", x: 40, y: 30, size: 12), T.line("ガス水道局", x: 40, y: 46, size: 26), T.line("職員採用案内 2026", x: 40, y: 80, size: 14),
        ])
        #expect(CoverTitle.organization(layout) == "上越市ガス水道局")
        // A ministry over its bureau, or a prefecture over a city: the large name alone.
        let national = T.page([T.line("国土交通省", x: 40, y: 30, size: 12), T.line("関東地方整備局", x: 40, y: 46, size: 26)])
        #expect(CoverTitle.organization(national) == "関東地方整備局")
        let city = T.page([T.line("北海道", x: 40, y: 30, size: 12), T.line("札幌市", x: 40, y: 46, size: 26)])
        #expect(CoverTitle.organization(city) == "札幌市")
    }

    @Test("Leaders typed between a category and its count are no part of the category")
    func leaderDots() {
        let pairs = ExamBreakdownParser.pairs(in: "一般事務・・・・・・・・2名").map { "\($0.0) \($0.1)" }
        #expect(pairs == ["一般事務 2"])
        #expect(ExamBreakdownParser.pairs(in: "電気・電子・情報…………3名").map(\.0) == ["電気・電子・情報"])
    }
}
