import Testing

@testable import BrochureKit

/// Hiring as year cards side by side, each track's name at the card's left and its figure set
/// right-aligned apart from it (`事務系 ……… 6（3）`), the planned card marked by a `採用予定`
/// badge under its year and by an unmarked note sentence (`2026年度は採用予定数です。`).
@Suite("Hiring year cards")
struct HiringYearCardsTests {
    typealias L = HiringSplitFiguresTests

    static let cards: [(year: String, figures: [(String, String)])] = [
        ("2021年度", [("事務系", "6（3）"), ("技術系", "4（1）"), ("計", "10（4）")]),
        ("2022年度", [("事務系", "7（4）"), ("技術系", "5（2）"), ("計", "12（6）")]),
        ("2023年度", [("事務系", "5（3）"), ("技術系", "6（2）"), ("計", "11（5）")]),
        ("2024年度", [("事務系", "8（5）"), ("技術系", "4（2）"), ("計", "12（7）")]),
        ("2025年度", [("事務系", "8"), ("技術系", "5"), ("計", "13")]),
    ]

    /// Card `i`'s middle: cards 90 pt apart.
    static func middle(_ i: Int) -> Double { 100 + 90 * Double(i) }

    /// A card's lines: the year centred at the top, each name at the left and its figure
    /// ending 30 pt right of the middle, a line of its own.
    static func lines(_ i: Int) -> [(name: TextLine, figure: TextLine)] {
        let x = Self.middle(i)
        return cards[i].figures.enumerated().map { k, pair in
            let y = 124 + 14 * Double(k)
            return (L.line(pair.0, x: x - 32, y: y), L.line(pair.1, x: x + 30 - 6 * Double(pair.1.count), y: y))
        }
    }

    static func year(_ i: Int) -> TextLine { HiringTimelineTests.centred(cards[i].year, x: Self.middle(i), y: 100) }

    @Test("A track's name ending its line takes the figure set apart on its baseline, never the next card's")
    func figuresApart() {
        let all = Self.cards.indices.flatMap { i in [Self.year(i)] + Self.lines(i).flatMap { [$0.name, $0.figure] } }
        #expect(HiringParserTests.read(TimelineNodes.parse(all, page: 1)) == [
            "2021 10/4 6/3 4/1", "2022 12/6 7/4 5/2", "2023 11/5 5/3 6/2", "2024 12/7 8/5 4/2", "2025 13/- 8/- 5/-",
        ])
        // Cards too far apart for the figure to be within half a step of its name: none.
        let tokens = Self.lines(0).flatMap { [$0.name, $0.figure] }.flatMap(SmallMultipleCharts.tokens(of:))
        #expect(TimelineNodes.named(tokens, convention: .womenIncluded, reach: 10).isEmpty)
        #expect(TimelineNodes.named(tokens, convention: .womenIncluded, reach: 45).count == 3)
    }

    @Test("Cards read one by one give a row per year; the badge stays in the hiring section; the note's year is planned")
    func cardsAndBadge() {
        // Each card as the layout gives it: its year, then its names and figures; the last under a `採用予定` badge.
        var blocks: [(page: Int, block: Block)] = [LooseLayoutsTests.block("採用状況", x: 40, y: 60, size: 12, kind: .heading)]
        for i in 0..<5 {
            blocks.append((1, Block(kind: .paragraph, box: Self.year(i).box, lines: [Self.year(i)])))
            if i == 4 { blocks.append(LooseLayoutsTests.block("採用予定", x: Self.middle(i) - 15, y: 112, size: 7.5)) }
            blocks += Self.lines(i).flatMap { [$0.name, $0.figure] }.map { (1, Block(kind: .paragraph, box: $0.box, lines: [$0])) }
        }
        blocks.append(LooseLayoutsTests.block("（ ）内は女性で内数です。2025年度は採用予定数です。", x: 40, y: 180, size: 7.5))
        let parts = SectionSegmenterTests.parts(blocks)
        #expect(parts.map(\.kind) == [.hiring])
        let part = parts[0]
        #expect(HiringParserTests.read(HiringParser().parse(part)) == [
            "2021 10/4 6/3 4/1", "2022 12/6 7/4 5/2", "2023 11/5 5/3 6/2", "2024 12/7 8/5 4/2", "2025p 13/- 8/- 5/-",
        ])
        // The badge set as large as the section's heading, or far under the year, is a heading.
        var far = blocks
        far[far.firstIndex { $0.block.lines.first?.text == "採用予定" }!] = LooseLayoutsTests.block("採用予定", x: Self.middle(4) - 15, y: 160, size: 7.5)
        #expect(SectionSegmenterTests.parts(far).map(\.kind) == [.hiring, .examBreakdown])
    }

    @Test("A note sentence whose topic is a year and which says 予定 names that year planned; a year inside a sentence does not")
    func statedPlans() {
        #expect(PlannedNote.statedYears(in: "（ ）内は女性で内数です。2026年度は採用予定数です。") == [2026])
        #expect(PlannedNote.statedYears(in: "「うち女性」は上の採用者数の内数です。令和8年度は採用予定数です。") == [2026])
        #expect(PlannedNote.statedYears(in: "2025年度採用者のうち2名は予定です。").isEmpty)
        #expect(PlannedNote.statedYears(in: "2025年度は実績です。").isEmpty)
    }
}
