import Testing

@testable import BrochureKit

/// Exam breakdowns printed category-major (each category line with its count per level after
/// it), split across the pages by exam, and under bars with a track column beside the items.
@Suite("Exam level items and split pages")
struct ExamLevelItemsAndPagesTests {
    static let read = ExamBreakdownParserTests.read

    /// A block of lines, each `(text, x, y)`, 9 wide per character and 8.5 high.
    static func block(_ lines: [(String, Double, Double)], kind: Block.Kind = .paragraph) -> (page: Int, block: Block) {
        let made = lines.map { text, x, y in
            TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + 9 * Double(text.count), y1: y + 8.5), fontSize: 9, isBold: false, orientation: .horizontal)
        }
        let box = made.dropFirst().reduce(made[0].box) { $0.union($1.box) }
        return (1, Block(kind: kind, box: box, lines: made))
    }

    @Test("A category line with both levels' counts on its baseline (土木 学部卒30名／大学院卒20名): one entry per level")
    func categoryMajorLines() {
        let part = ExamCellCountsTests.part([
            Self.block([("令和8年度採用予定数（職種・学歴別）", 300, 440)]),
            Self.block([("【事務系】", 300, 460)], kind: .heading),
            Self.block([("事務", 310, 476)]),
            Self.block([("【技術系】", 300, 492)], kind: .heading),
            Self.block([("土木", 310, 508), ("建築", 310, 522)]),
            Self.block([("学部卒20名／大学院卒8名", 400, 476)]),
            Self.block([("学部卒30名／大学院卒20名", 400, 508), ("学部卒8名／大学院卒4名", 400, 522)]),
            Self.block([("※学部卒：大学卒業（見込み）の方", 300, 540)], kind: .list),
        ], heading: "採用予定")
        #expect(Self.read(ExamBreakdownParser().parse(part)) == [
            "administrative undergraduate 事務 20", "administrative graduate 事務 8",
            "technical undergraduate 土木 30", "technical graduate 土木 20",
            "technical undergraduate 建築 8", "technical graduate 建築 4",
        ])
        // A line with a category among its items is no line of level items.
        #expect(ExamLevelItems.items(in: "学部卒30名/土木20名") == nil)
        #expect(ExamLevelItems.items(in: "学部卒30名/大学院卒20名") == [.init(level: .undergraduate, count: 30), .init(level: .graduate, count: 20)])
    }

    /// One page's table `職種 | 試験区分 | 予定数`, the track on its first row only, and a note.
    static func pagePart(_ rows: [[String]], note: String, page: Int) -> SectionSegmenter.Part {
        var table = ExamCellCountsTests.table([["職種", "試験区分", "予定数"]] + rows, xs: [40...80, 100...200, 220...260], y: 120, header: 1)
        var text = Self.block([(note, 40, 300)])
        table.page = page
        text.page = page
        return SectionSegmenter.Part(kind: .examBreakdown, heading: "採用予定", headingSize: 12, blocks: [table, text], page: page)
    }

    @Test("A breakdown whose note sends the other exam's rows to a later page takes that page's rows too")
    func continuedOverleaf() {
        let first = Self.pagePart([["事務系", "一般行政", "40名"], ["", "警察行政", "5名"], ["技術系", "総合土木", "24名"], ["", "林業", "4名"]],
                                  note: "※社会人経験者の採用予定は2ページに掲載しています。", page: 1)
        let second = Self.pagePart([["事務系", "一般行政（社会人）", "13名"], ["技術系", "総合土木（社会人）", "5名"], ["", "建築（社会人）", "2名"]],
                                   note: "※大学卒業程度試験の採用予定は1ページに掲載しています。", page: 2)
        var sections = SectionSet()
        ParsedPart(first).merge(into: &sections)
        #expect(!ParsedPart.isFilled(.examBreakdown, in: sections))
        ParsedPart(second).merge(into: &sections)
        #expect(Self.read(sections.examBreakdown) == [
            "administrative undergraduate 一般行政 40", "administrative undergraduate 警察行政 5", "technical undergraduate 総合土木 24",
            "technical undergraduate 林業 4", "administrative undergraduate 一般行政(社会人) 13", "technical undergraduate 総合土木(社会人) 5",
            "technical undergraduate 建築(社会人) 2",
        ])
        #expect(ParsedPart.isFilled(.examBreakdown, in: sections))
        // A note sending another section overleaf (`配属先`) holds nothing open.
        let other = Self.pagePart([["事務系", "一般行政", "40名"], ["", "警察行政", "5名"]], note: "※技術系の配属先は2ページに掲載しています。", page: 1)
        var alone = SectionSet()
        ParsedPart(other).merge(into: &alone)
        #expect(ParsedPart.isFilled(.examBreakdown, in: alone))
    }

    @Test("Tinted level bars over a track column and the `・`-joined items beside it, one item line wrapping after a `・`")
    func barsOverTrackColumn() {
        let part = ExamCellCountsTests.part([
            Self.block([("■大学卒業程度", 309, 435)], kind: .heading),
            Self.block([("事務系", 313, 451), ("技術系", 313, 467)]),
            Self.block([("行政（一般）60名・行政（福祉）8名", 357, 451), ("土木24名・建築10名・", 357, 467), ("化学4名", 357, 480)]),
            Self.block([("■社会人経験者", 309, 496)], kind: .heading),
            Self.block([("事務系", 313, 512), ("技術系", 313, 528)]),
            Self.block([("行政（社会人）7名", 357, 512), ("土木（社会人）6名", 357, 528)]),
        ], heading: "募集")
        #expect(Self.read(ExamBreakdownParser().parse(part)) == [
            "administrative undergraduate 行政(一般) 60", "administrative undergraduate 行政(福祉) 8",
            "technical undergraduate 土木 24", "technical undergraduate 建築 10", "technical undergraduate 化学 4",
            "administrative undergraduate 行政(社会人) 7", "technical undergraduate 土木(社会人) 6",
        ])
    }
}
