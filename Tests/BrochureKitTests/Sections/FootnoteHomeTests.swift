import Testing

@testable import BrochureKit

/// Notes set under all of a page's columns, read after the last section.
@Suite("Footnotes at a page's foot")
struct FootnoteHomeTests {
    typealias L = LooseLayoutsTests

    @Test("A note goes to the section whose table carries its mark; a note whose mark no table carries stays")
    func noteToItsMark() throws {
        let hiring = ExamCellCountsTests.table([["区分", "R6", "R7", "R8*1"], ["事務系", "33", "38", "40"]], xs: [40...80, 100...130, 140...170, 180...220], y: 80, header: 1)
        let parts = SectionSegmenterTests.parts([
            L.block("採用実績", x: 40, y: 50, size: 12, kind: .heading), hiring,
            L.block("試験区分", x: 300, y: 50, size: 12, kind: .heading),
            L.block("総合職試験（大卒程度） 法律 3名", x: 300, y: 80),
            L.block("*1 R8は採用予定数です（女性の内訳は未定）。", x: 40, y: 400),
            L.block("*3 日程は変わることがあります。", x: 40, y: 412),
        ])
        #expect(parts.map(\.kind) == [.hiring, .examBreakdown])
        let hiringTexts = parts[0].blocks.flatMap(\.block.lines).map(\.text)
        #expect(hiringTexts.contains("*1 R8は採用予定数です（女性の内訳は未定）。"))
        #expect(parts[1].blocks.flatMap(\.block.lines).map(\.text).contains("*3 日程は変わることがあります。"))
        #expect(FootnoteHome.mark(of: L.block("※2 速記者を含みます。", x: 0, y: 0).block) == "※2")
        #expect(FootnoteHome.mark(of: L.block("※2026年度は予定数です。", x: 0, y: 0).block) == nil)
    }
}
