import Testing

@testable import BrochureKit

/// Exam lists whose categories hold a track word (`一般事務`) or 計 inside a word (`統計・数理`).
@Suite("Exam list words")
struct ExamListWordsTests {
    static func block(_ texts: [(String, Double, Double, Double)], kind: Block.Kind = .paragraph) -> (page: Int, block: Block) {
        let lines = texts.map { TextLine(text: $0.0, box: Rect(x0: $0.1, y0: $0.2, x1: $0.3, y1: $0.2 + 8), fontSize: 8, isBold: false, orientation: .horizontal) }
        return (1, Block(kind: kind, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
    }

    @Test("◎ exams with ▷ track labels beside ／ lists: 一般事務 and 統計・数理 are categories, a further 10名 note is none")
    func trackWordsAndTotalsInNames() {
        let blocks = [
            Self.block([("◎正規職員採用試験（大卒程度）", 36, 602, 160)], kind: .heading),
            Self.block([("▷事務系", 46, 616, 77), ("▷技術系", 46, 629, 77)]),
            Self.block([("一般事務（全国型）300名／一般事務（地域型）120名", 92, 616, 284), ("システム16名／統計・数理2名", 92, 629, 200)]),
            Self.block([("◎正規職員採用試験（大学院卒程度）", 36, 646, 177)], kind: .heading),
            Self.block([("▷技術系", 46, 659, 77)]),
            Self.block([("システム6名", 92, 659, 135)]),
            Self.block([("◎正規職員採用試験（社会人経験者）", 36, 676, 177)], kind: .heading),
            Self.block([("▷事務系", 46, 689, 77)]),
            Self.block([("一般事務（経験者）30名", 92, 689, 179)]),
            Self.block([("※このほか、障害者を対象とした選考で10名程度を採用する予定です。", 36, 706, 255)]),
        ]
        let breakdown = ExamBreakdownParser().parse(ExamCellCountsTests.part(blocks, heading: "採用予定"))
        #expect(ExamBreakdownParserTests.read(breakdown) == [
            "administrative undergraduate 一般事務(全国型) 300", "administrative undergraduate 一般事務(地域型) 120",
            "technical undergraduate システム 16", "technical undergraduate 統計・数理 2", "technical graduate システム 6",
            "administrative undergraduate 一般事務(経験者) 30",
        ])
        // A track with its count is still no category, nor a total.
        #expect(ExamBreakdownParser.pairs(in: "事務系4人、技術系3人").isEmpty)
        #expect(ExamBreakdownParser.pairs(in: "合計20名、事務系計5名、計3名").isEmpty)
    }
}
