import Testing

@testable import BrochureKit

/// Exam shapes of the thirty-third blind set: a header row drawn under the body, counts
/// written `約12名` beside `若干名` rows, track cells centred on the rows they span, names
/// broken after a `・`, and categories naming their level in brackets (`法文系（学部卒）`).
@Suite("Exam breakdown: header below, 約N名, bracketed levels")
struct ExamHoldout33Tests {
    typealias E = ExamBreakdownParserTests

    /// A cell at column `c` of `xs`, from `y0` to `y1`, with its lines when more than one.
    struct C {
        var text: String
        var y0: Double
        var y1: Double
        var lines: [String] = []
    }

    static func part(_ rows: [[C?]], xs: [ClosedRange<Double>], header: Int) -> SectionSegmenter.Part {
        let cells = rows.map { row in
            row.enumerated().map { c, cell in
                cell.map { Table.Cell(text: $0.text, box: Rect(x0: xs[c].lowerBound, y0: $0.y0, x1: xs[c].upperBound, y1: $0.y1), lines: $0.lines) }
                    ?? Table.Cell(text: "", box: nil)
            }
        }
        let boxes = cells.joined().compactMap(\.box)
        let box = Rect.enclosing(boxes)!
        let table = Table(box: box, columns: xs, rows: cells, headerRowCount: header)
        return SectionSegmenter.Part(
            kind: .examBreakdown, heading: "令和8年度の採用予定", headingSize: 12, blocks: [(1, Block(kind: .table, box: box, lines: [], table: table))], page: 1)
    }

    @Test("Header row at the bottom, 約N名 counted, 若干名 rows not, tracks centred on their rows, a name broken after ・")
    func headerBelow() {
        let xs: [ClosedRange<Double>] = [300...350, 360...420, 430...480, 500...550]
        let rows: [[C?]] = [
            [nil, C(text: "一般職試験（大卒程度）", y0: 319.8, y1: 338.7, lines: ["一般職試験", "（大卒程度）"]), C(text: "行政", y0: 316.5, y1: 325), C(text: "約12名", y0: 316.5, y1: 325)],
            [C(text: "事務系", y0: 346.5, y1: 355), nil, C(text: "法律", y0: 338, y1: 346.5), C(text: "約3名", y0: 338, y1: 346.5)],
            [nil, C(text: "一般職試験（高卒者）", y0: 354.3, y1: 373.2, lines: ["一般職試験", "（高卒者）"]), C(text: "事務", y0: 359.5, y1: 368), C(text: "約2名", y0: 359.5, y1: 368)],
            [nil, C(text: "経験者選考", y0: 381, y1: 389.5), C(text: "税務", y0: 381, y1: 389.5), C(text: "若干名", y0: 381, y1: 389.5)],
            [C(text: "技術系（情報システム）", y0: 402.6, y1: 431.9, lines: ["技術系", "（情報", "システム）"]),
             C(text: "一般職試験（大卒程度）", y0: 399.3, y1: 418.2, lines: ["一般職試験", "（大卒程度）"]),
             C(text: "デジタル・電気・電子", y0: 399.3, y1: 418.2, lines: ["デジタル・", "電気・電子"]), C(text: "約5名", y0: 404.5, y1: 413)],
            [nil, C(text: "経験者選考", y0: 428, y1: 436.5), C(text: "情報", y0: 428, y1: 436.5), C(text: "若干名", y0: 428, y1: 436.5)],
            [C(text: "系統", y0: 445.5, y1: 454), C(text: "試験", y0: 445.5, y1: 454), C(text: "区分", y0: 445.5, y1: 454), C(text: "採用予定数", y0: 445.5, y1: 454)],
        ]
        #expect(E.read(ExamBreakdownParser().parse(Self.part(rows, xs: xs, header: 0))) == [
            "administrative undergraduate 行政 12", "administrative undergraduate 法律 3", "administrative undergraduate 事務 2",
            "technical undergraduate デジタル・電気・電子 5",
        ])
        #expect(ExamHeaderBelow.row(in: Self.part(rows, xs: xs, header: 0).blocks[0].block.table!) == 6)
    }

    @Test("Each category's bracket names its row's level; a row without one is at the non-graduate level")
    func bracketedLevels() {
        let xs: [ClosedRange<Double>] = [53...113, 129...240, 317...377]
        func row(_ y: Double, _ name: String, _ count: String, track: C? = nil) -> [C?] {
            [track, C(text: name, y0: y, y1: y + 8.5), C(text: count, y0: y, y1: y + 8.5)]
        }
        let rows: [[C?]] = [
            [C(text: "職種", y0: 363.5, y1: 372), C(text: "区分", y0: 363.5, y1: 372), C(text: "採用予定数", y0: 363.5, y1: 372)],
            row(381, "法文系（学部卒）", "10名", track: C(text: "事務系", y0: 389.5, y1: 398)),
            row(398, "法文系（大学院修了）", "6名"),
            row(415, "薬学（学部卒）", "20名"),
            row(432, "薬学（大学院修了）", "16名", track: C(text: "技術系（審査・安全）", y0: 435.3, y1: 454.2, lines: ["技術系", "（審査・安全）"])),
            row(449, "理工・生物系（大学院修了）", "10名"),
            row(466, "医学・歯学・獣医学", "4名"),
        ]
        #expect(E.read(ExamBreakdownParser().parse(Self.part(rows, xs: xs, header: 1))) == [
            "administrative undergraduate 法文系(学部卒) 10", "administrative graduate 法文系(大学院修了) 6",
            "technical undergraduate 薬学(学部卒) 20", "technical graduate 薬学(大学院修了) 16",
            "technical graduate 理工・生物系(大学院修了) 10", "technical undergraduate 医学・歯学・獣医学 4",
        ])
    }

    @Test("約N名 after a category's colon is N; elsewhere a rough count names no category")
    func aboutCounts() {
        #expect(ExamBreakdownParser.pairs(in: "行政:約12名").map { "\($0.0) \($0.1)" } == ["行政 12"])
        #expect(ExamBreakdownParser.pairs(in: "合計で約20名").isEmpty)
        #expect(ExamGrid.count(in: "約5名") == 5)
        #expect(ExamCellLines.items(["デジタル・", "電気・電子", "機械"]).map(\.text) == ["デジタル・電気・電子", "機械"])
    }
}

extension ExamHoldout33Tests {
    @Test("A category named after its level (`大卒程度区分`, `院卒者区分`) is a category at that level, not a level label")
    func categoriesNamedByLevel() {
        let xs: [ClosedRange<Double>] = [48...120, 128...300, 358...440, 500...525]
        let rows: [[C?]] = [
            [C(text: "区分", y0: 95, y1: 104), C(text: "試験", y0: 95, y1: 104), C(text: "試験区分", y0: 95, y1: 104), C(text: "予定数", y0: 95, y1: 104)],
            [C(text: "裁判所事務官", y0: 119, y1: 128), C(text: "一般職試験", y0: 119, y1: 128), C(text: "大卒程度区分", y0: 111, y1: 120), C(text: "7", y0: 111, y1: 120)],
            [nil, nil, C(text: "院卒者区分", y0: 127, y1: 136), C(text: "2", y0: 127, y1: 136)],
            [C(text: "技術職員", y0: 143, y1: 152), C(text: "選考採用", y0: 143, y1: 152), C(text: "電気", y0: 143, y1: 152), C(text: "1", y0: 143, y1: 152)],
        ]
        #expect(E.read(ExamBreakdownParser().parse(Self.part(rows, xs: xs, header: 1))) == [
            "administrative undergraduate 大卒程度区分 7", "administrative graduate 院卒者区分 2", "technical undergraduate 電気 1",
        ])
        #expect(ExamBracketLevel.level(of: "区分") == nil && ExamBracketLevel.level(of: "行政区分") == nil)
    }
}
