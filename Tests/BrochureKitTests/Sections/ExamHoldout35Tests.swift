import Testing

@testable import BrochureKit

/// Exam shapes of the thirty-fifth blind set: nested lists (`■level` over `・category ⋯ n名`),
/// each track's list beside a tab with the track turned 90° at its middle, the last list of the
/// column read after the column beside it.
@Suite("Exam breakdown: lists beside upright track tabs, a list's tail read after the next column")
struct ExamHoldout35Tests {
    typealias E = ExamBreakdownParserTests
    typealias L = LooseLayoutsTests

    /// A track label turned upright at `x`, centred on height `midY`.
    static func tab(_ text: String, x: Double, midY: Double) -> (page: Int, block: Block) {
        let box = Rect(x0: x, y0: midY - 15, x1: x + 10, y1: midY + 15)
        return (1, Block(kind: .heading, box: box, lines: [TextLine(text: text, box: box, fontSize: 10, isBold: false, orientation: .vertical)]))
    }

    static func list(_ rows: [[String]], y0: Double) -> (page: Int, block: Block) {
        ExamHoldout34Tests.table(rows, xs: [78...120, 236...255], y0: y0, step: 14)
    }

    /// The 事務職 list (498–576) and the 技術職 list (596–702), the 技術職 tab read before the
    /// 事務職 list's second level; the last three blocks are the 技術職 list's last level and item.
    static func blocks() -> [(page: Int, block: Block)] {
        [
            L.block("■大学卒業程度", x: 68, y: 498, size: 8.5), tab("事務職", x: 45, midY: 537.4),
            list([["・行政", "40名"], ["・学校事務", "4名"], ["・社会福祉", "8名"]], y0: 512),
            tab("技術職", x: 45, midY: 649.4),
            L.block("■社会人経験者", x: 68, y: 554, size: 8.5), L.block("・行政（社会人）", x: 78, y: 568, size: 8.5),
            L.block("■大学卒業程度", x: 68, y: 596, size: 8.5), L.block("5名", x: 241, y: 568, size: 8.5),
            list([["・土木", "13名"], ["・建築", "5名"], ["・電気", "3名"], ["・機械", "2名"], ["・化学", "2名"]], y0: 610),
            L.block("■短大卒業程度", x: 68, y: 680, size: 8.5), L.block("・土木（短大）", x: 78, y: 694, size: 8.5),
            L.block("2名", x: 241, y: 694, size: 8.5),
        ]
    }

    @Test("Each upright tab's label holds the rows of the list it stands centred on, wherever it is read")
    func uprightTabs() throws {
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度採用予定", Self.blocks())))
        #expect(E.read(exam) == [
            "administrative undergraduate 行政 40", "administrative undergraduate 学校事務 4", "administrative undergraduate 社会福祉 8",
            "administrative undergraduate 行政(社会人) 5",
            "technical undergraduate 土木 13", "technical undergraduate 建築 5", "technical undergraduate 電気 3",
            "technical undergraduate 機械 2", "technical undergraduate 化学 2", "technical undergraduate 土木(短大) 2",
        ])
    }

    @Test("The list's tail read into the part beside goes back under the list; a part in the same column keeps its blocks")
    func strandedTail() throws {
        let all = Self.blocks()
        let assignments = ExamHoldout34Tests.table([["配属先", "事務職", "技術職"], ["総務部", "6", "－"]], xs: [293...400, 440...470, 490...532], y0: 500)
        var parts = [
            L.part(.examBreakdown, "令和8年度採用予定", Array(all.dropLast(3))),
            L.part(.assignments, "令和7年度採用者の配属先", [assignments] + all.suffix(3)),
        ]
        ExamStrandedItems.gather(&parts)
        #expect(parts[1].blocks.count == 1 && parts[0].blocks.count == all.count)
        let exam = try #require(ExamBreakdownParser().parse(parts[0]))
        #expect(E.read(exam).last == "technical undergraduate 土木(短大) 2")
        // A section under the list in its own column (its first block there) is its own.
        var below = [
            L.part(.examBreakdown, "令和8年度採用予定", Array(all.dropLast(3))),
            L.part(.contacts, "お問い合わせ", all.suffix(3)),
        ]
        ExamStrandedItems.gather(&below)
        #expect(below[1].blocks.count == 3)
        // Lines that are no exam list's stay where they were read.
        var prose = [
            L.part(.examBreakdown, "令和8年度採用予定", Array(all.dropLast(3))),
            L.part(.assignments, "令和7年度採用者の配属先", [assignments, L.block("詳しくは市のホームページへ", x: 68, y: 680, size: 8.5)]),
        ]
        ExamStrandedItems.gather(&prose)
        #expect(prose[1].blocks.count == 2)
    }

    @Test("Segmenting the page gives the exam part its list's tail, read after the column beside")
    func segmentedTail() throws {
        let all = Self.blocks()
        let assignments = ExamHoldout34Tests.table([["配属先", "事務職", "技術職"], ["総務部", "6", "－"]], xs: [293...400, 440...470, 490...532], y0: 500)
        let blocks = [L.block("令和8年度採用予定", x: 49, y: 466, size: 12, kind: .heading)] + all.dropLast(3)
            + [L.block("令和7年度採用者の配属先", x: 299, y: 466, size: 12, kind: .heading), assignments] + all.suffix(3)
        let page = PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 8.5, isVertical: false, blocks: blocks.map(\.block))
        let parts = SectionSegmenter().segment(DocumentLayout.onePage(page))
        #expect(parts.map(\.kind) == [.examBreakdown, .assignments])
        #expect(parts.last?.blocks.count == 1)
        let exam = try #require(parts.first.flatMap { ExamBreakdownParser().parse($0) })
        #expect(E.read(exam).last == "technical undergraduate 土木(短大) 2")
    }
}
