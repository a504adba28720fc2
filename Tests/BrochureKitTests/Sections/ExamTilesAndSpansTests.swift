import Testing

@testable import BrochureKit

/// Exam breakdowns set as "数字で見る" tiles (a caption over a large count), and schedule
/// tables whose track cell spans its rows, with a category holding a track word.
@Suite("Exam tiles and spans")
struct ExamTilesAndSpansTests {
    static let read = ExamBreakdownParserTests.read

    static func block(_ lines: [(String, Rect, Double)], kind: Block.Kind = .paragraph) -> (page: Int, block: Block) {
        let text = lines.map { TextLine(text: $0.0, box: $0.1, fontSize: $0.2, isBold: false, orientation: .horizontal) }
        return (2, Block(kind: kind, box: text.dropFirst().reduce(text[0].box) { $0.union($1.box) }, lines: text))
    }

    @Test("A track cell spanning its rows: a category with a track word (学校事務) on a row left blank there is a name")
    func spanningTrackColumn() throws {
        let table = ExamCellCountsTests.table([
            ["試験", "区分", "職種", "採用予定", "申込受付"],
            ["大学卒業程度", "事務系", "行政", "56名", "4月1日～4月20日"],
            ["", "", "社会福祉", "13名", ""],
            ["", "", "学校事務", "11名", ""],
            ["", "技術系", "土木", "32名", ""],
            ["", "", "建築", "10名", ""],
        ], xs: [43...94, 120...146, 159...236, 261...301, 315...384], y: 85, header: 0)
        let exam = try #require(ExamBreakdownParser().parse(ExamCellCountsTests.part([table])))
        #expect(Self.read(exam) == [
            "administrative undergraduate 行政 56", "administrative undergraduate 社会福祉 13", "administrative undergraduate 学校事務 11",
            "technical undergraduate 土木 32", "technical undergraduate 建築 10",
        ])
        #expect(ExamTrackedRowNames.spanningTrackColumn(in: table.block.table!) == 1)
    }

    @Test("Tiles: each caption over its large count, two numbers run into one line split in order, the track tag's level beside the row")
    func tiles() throws {
        let blocks = [
            Self.block([("事務系", Rect(x0: 60, y0: 366, x1: 92, y1: 377), 11)], kind: .heading),
            Self.block([("新卒採用", Rect(x0: 61, y0: 385.4, x1: 91, y1: 392.9), 7.5), ("（大学卒業程度）", Rect(x0: 46, y0: 396.4, x1: 106, y1: 403.9), 7.5)]),
            Self.block([("技術系", Rect(x0: 60, y0: 438, x1: 92, y1: 449), 11)], kind: .heading),
            Self.block([("新卒採用", Rect(x0: 61, y0: 457.4, x1: 91, y1: 464.9), 7.5), ("（大学院修了程度）", Rect(x0: 42, y0: 468.4, x1: 110, y1: 475.9), 7.5)]),
            Self.block([("総合職（一般）", Rect(x0: 140, y0: 358, x1: 200, y1: 366), 8.5)]),
            Self.block([("総合職（国際協力専門）", Rect(x0: 235, y0: 358, x1: 317, y1: 366), 8.5)]),
            Self.block([("30名", Rect(x0: 148, y0: 377, x1: 192, y1: 403), 26)], kind: .heading),
            Self.block([("6名", Rect(x0: 262, y0: 377, x1: 290, y1: 403), 26)], kind: .heading),
            Self.block([("社会基盤", Rect(x0: 153, y0: 430, x1: 187, y1: 438), 8.5)]),
            Self.block([("農業・農村開発", Rect(x0: 246, y0: 430, x1: 306, y1: 438), 8.5)]),
            Self.block([("8名 4名", Rect(x0: 156, y0: 449, x1: 290, y1: 475), 26)], kind: .heading),
        ]
        let exam = try #require(ExamBreakdownParser().parse(ExamCellCountsTests.part(blocks)))
        #expect(Self.read(exam) == [
            "administrative undergraduate 総合職(一般) 30", "administrative undergraduate 総合職(国際協力専門) 6",
            "technical graduate 社会基盤 8", "technical graduate 農業・農村開発 4",
        ])
        // One caption over one count is no row of tiles (a heading over a total).
        let single = [ExamTileCaptions.Line(text: "合計", raw: "合計", box: Rect(x0: 140, y0: 358, x1: 160, y1: 366), page: 2),
                      ExamTileCaptions.Line(text: "30名", raw: "30名", box: Rect(x0: 140, y0: 377, x1: 170, y1: 403), page: 2)]
        #expect(ExamTileCaptions.pairs(in: single).isEmpty)
    }
}
