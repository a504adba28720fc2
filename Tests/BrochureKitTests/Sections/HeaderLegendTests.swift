import Testing

@testable import BrochureKit

/// A hiring table with one-character headers spelt out by a legend under it.
@Suite("Headers spelt out by a legend")
struct HeaderLegendTests {
    typealias H = HiringParserTests

    static let rows = [
        ["年度", "事", "女", "技", "女", "計", "女"],
        ["令和6年度", "5", "3", "2", "1", "7", "4"],
        ["令和7年度", "7", "4", "2", "1", "9", "5"],
        ["凡例 事：事務系 技：技術系", "", "", "", "計：合計", "女：うち女性（内数）", ""],
    ]

    @Test("The legend's words head the columns; its row is no year's")
    func legendRow() {
        let record = HiringParser().parse(H.part(Self.rows, header: 1))
        #expect(H.read(record) == ["2024 7/4 5/3 2/1", "2025 9/5 7/4 2/1"])
    }

    @Test("Pairs of a key of one or two characters and its word, only after 凡例")
    func pairs() {
        #expect(HeaderLegend.pairs(in: ["凡例 事：事務系 技：技術系", "計：合計"]) == ["事": "事務系", "技": "技術系"])
        #expect(HeaderLegend.pairs(in: ["受付：5月1日", "TEL:03-1234-5678"]).isEmpty)
    }
}
