import Testing
@testable import BrochureKit

/// Year cards side by side, each `事務系 6（3）` / `技術系 4（1）` / `計 10（4）` under its year, the
/// planned year's card set lower under a badge (holdout28's nies-2026, at its page's geometry).
@Suite("A row of cards across a region")
struct CardRowTests {
    static let cards: [(year: String, counts: [String])] = [
        ("2021年度", ["6（3）", "4（1）", "10（4）"]), ("2022年度", ["7（4）", "5（2）", "12（6）"]), ("2023年度", ["5（3）", "6（2）", "11（5）"]),
        ("2024年度", ["8（5）", "4（2）", "12（7）"]), ("2025年度", ["7（4）", "6（3）", "13（7）"]), ("2026年度", ["8", "5", "13"]),
    ]

    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("採用状況", x: 44, y: 227, size: 10.5)
        for (i, card) in cards.enumerated() {
            let left = 44 + Double(i) * 87.67
            let planned = i == cards.count - 1
            b.text(card.year, x: left + 12.9, y: 270, size: 9.5)
            if planned { b.text("採用予定", x: left + 19.4, y: 292, size: 7.5) }
            for (r, (label, count)) in zip(["事務系", "技術系", "計"], card.counts).enumerated() {
                let y = (planned ? 307 : 299) + [0.0, 15, 32][r]
                b.text(label, x: left, y: y, size: 8.5)
                // Counts right-aligned at the card's right edge.
                let width = count.unicodeScalars.reduce(0.0) { $0 + (Script.isCJK($1) ? 9.5 : 4.75) }
                b.text(count, x: left + 68.7 - width, y: y, size: 9.5)
            }
        }
        b.text("（ ）内は女性で内数です。2026年度は採用予定数です。", x: 38, y: 366, size: 7.5)
        return b
    }

    @Test("Each card is read whole, its year first, then its labels with their counts, before the next card")
    func cardByCard() throws {
        let layout = LayoutEngine().layout(Self.page().page())
        let lines = layout.textLines
        for (card, next) in zip(Self.cards, Self.cards.dropFirst()) {
            let year = try #require(lines.firstIndex { $0.contains(card.year) })
            let total = try #require(lines.firstIndex { $0.contains(card.counts[2]) && $0.contains("計") })
            let nextYear = try #require(lines.firstIndex { $0.contains(next.year) })
            #expect(year < total && total < nextYear, "\(lines)")
        }
        let tables = layout.blocks.compactMap(\.table)
        #expect(tables.count == Self.cards.count, "\(tables.map { $0.rows.map { $0.map(\.text) } })")
        #expect(tables.allSatisfy { $0.rows.map { $0[0].text } == ["事務系", "技術系", "計"] })
    }

    @Test("Years across a table at one pitch repeat no label in every column: the table stays whole")
    func yearsAcrossStayWhole() throws {
        var b = PageBuilder()
        for (c, head) in ["区分", "令和3年度", "令和4年度", "令和5年度", "令和6年度"].enumerated() { b.text(head, x: 40 + Double(c) * 90, y: 100, size: 9) }
        for (r, label) in ["事務系", "技術系", "計"].enumerated() {
            let y = 116 + Double(r) * 16
            b.text(label, x: 40, y: y, size: 9)
            for c in 1...4 { b.text("\(10 + r * 3 + c)（\(c + r)）", x: 40 + Double(c) * 90, y: y, size: 9) }
        }
        let tables = LayoutEngine().layout(b.page()).blocks.compactMap(\.table)
        #expect(tables.count == 1 && tables.first?.columns.count == 5, "\(tables.map { $0.rows.map { $0.map(\.text) } })")
    }
}
