import Testing

@testable import BrochureKit

/// Exam shapes of the thirty-fourth blind set: tinted bars naming track and exam
/// (`事務｜大学の部（大卒程度）`) over rows of categories whose names carry a track word and
/// their level in brackets (`一般事務（高卒）`), a table of track and exam cells set at the top
/// of their rows, and a matrix with the levels across its header.
@Suite("Exam breakdown: track｜exam bars, bracketed high-school names, matrices")
struct ExamHoldout34Tests {
    typealias E = ExamBreakdownParserTests
    typealias L = LooseLayoutsTests

    /// A one-row-per-line table of `rows` with its columns at `xs`, row r at `y0 + r * step`.
    static func table(_ rows: [[String]], xs: [ClosedRange<Double>], y0: Double, step: Double = 11, header: Int = 0) -> (page: Int, block: Block) {
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: xs[c].lowerBound, y0: y0 + Double(r) * step, x1: xs[c].upperBound, y1: y0 + Double(r) * step + 7.3))
            }
        }
        let box = Rect.enclosing(cells.joined().compactMap(\.box))!
        return (1, Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: xs, rows: cells, headerRowCount: header)))
    }

    @Test("Bars naming track and exam head the rows under them; a category holding a track word and its level in brackets is a name")
    func trackExamBars() throws {
        let xs: [ClosedRange<Double>] = [400...480, 540...556]
        let blocks = [
            L.block("事務｜大学の部（大卒程度）", x: 395, y: 170, size: 7.3),
            Self.table([["一般事務（行政コース）", "96名"], ["一般事務（福祉コース）", "16名"]], xs: xs, y0: 183),
            L.block("事務｜高校の部（高卒程度）", x: 395, y: 209, size: 7.3),
            L.block("一般事務（高卒）", x: 400, y: 222, size: 7.3),
            L.block("技術｜大学の部（大卒程度）", x: 395, y: 237, size: 7.3),
            // The count of the lone row read after the next bar: it goes with the name level with it.
            L.block("22名", x: 540, y: 222, size: 5.5),
            Self.table([["土木", "24名"], ["建築", "10名"], ["電気", "8名"], ["機械", "6名"], ["造園", "4名"], ["衛生", "6名"]], xs: xs, y0: 250),
            L.block("技術｜高校の部（高卒程度）", x: 395, y: 320, size: 7.3),
            Self.table([["土木（高卒）", "6名"], ["電気・機械（高卒）", "3名"]], xs: xs, y0: 333),
            L.block("除雪延長約5,500km", x: 400, y: 397, size: 7.3),
        ]
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度採用試験", blocks)))
        #expect(E.read(exam) == [
            "administrative undergraduate 一般事務(行政コース) 96", "administrative undergraduate 一般事務(福祉コース) 16",
            "administrative undergraduate 一般事務(高卒) 22",
            "technical undergraduate 土木 24", "technical undergraduate 建築 10", "technical undergraduate 電気 8",
            "technical undergraduate 機械 6", "technical undergraduate 造園 4", "technical undergraduate 衛生 6",
            "technical undergraduate 土木(高卒) 6", "technical undergraduate 電気・機械(高卒) 3",
        ])
        #expect(ExamTrackedRowNames.isQualifiedName("一般事務(高卒)") && !ExamTrackedRowNames.isQualifiedName("事務(高卒)"))
        #expect(!ExamTrackedRowNames.isQualifiedName("一般事務高卒程度"))
    }

    @Test("A dated 採用試験 heading opens the exam section; undated, or with more after it, it does not")
    func datedExamTitle() {
        #expect(SectionSegmenter.isDatedExamTitle("令和8年度採用試験"))
        #expect(SectionSegmenter.isDatedExamTitle("令和８年度 職員採用試験"))
        #expect(SectionSegmenter.isDatedExamTitle("2026年度 採用試験"))
        #expect(!SectionSegmenter.isDatedExamTitle("採用試験"))
        #expect(!SectionSegmenter.isDatedExamTitle("採用試験について"))
        #expect(!SectionSegmenter.isDatedExamTitle("令和8年度採用試験の日程"))
        #expect(!SectionSegmenter.isDatedExamTitle("令和8年度から始まる新しい採用試験"))
        let hiring = L.block("採用者数の推移", x: 43, y: 135, size: 11, kind: .heading).block
        let title = L.block("令和8年度採用試験", x: 399, y: 148, size: 10, kind: .heading).block
        let page = PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 7, isVertical: false, blocks: [
            hiring, L.block("採用区分別の採用者数（人）。", x: 36, y: 159, size: 7.2).block, title,
            L.block("事務｜大学の部（大卒程度）", x: 395, y: 170, size: 7.3).block,
        ])
        let layout = DocumentLayout.onePage(page)
        #expect(SectionSegmenter().segment(layout).map(\.kind) == [.hiring, .examBreakdown])
    }

    @Test("Track and exam cells at the top of their rows head every row down to the next")
    func topAlignedTrackAndExam() throws {
        let xs: [ClosedRange<Double>] = [39...62, 77...135, 155...220, 244...271]
        let rows = [
            ["職種", "試験", "区分", "予定数"],
            ["事務職", "上級（大卒程度）", "行政", "60名"], ["", "", "行政（琵琶湖環境）", "4名"], ["", "", "警察事務", "8名"],
            ["技術職", "上級（大卒程度）", "総合土木", "18名"], ["", "", "建築", "6名"], ["", "", "農学", "7名"],
            ["", "", "林学", "3名"], ["", "", "化学", "3名"], ["", "", "電気", "3名"],
        ]
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度採用予定", [Self.table(rows, xs: xs, y0: 443, step: 12.2, header: 1)])))
        #expect(E.read(exam) == [
            "administrative undergraduate 行政 60", "administrative undergraduate 行政(琵琶湖環境) 4", "administrative undergraduate 警察事務 8",
            "technical undergraduate 総合土木 18", "technical undergraduate 建築 6", "technical undergraduate 農学 7",
            "technical undergraduate 林学 3", "technical undergraduate 化学 3", "technical undergraduate 電気 3",
        ])
    }

    @Test("A matrix of categories by level columns (学部卒, 大学院修了), － for none")
    func levelMatrix() throws {
        let xs: [ClosedRange<Double>] = [39...70, 80...140, 150...180, 190...230]
        let rows = [
            ["系統", "区分", "学部卒", "大学院修了"],
            ["事務系", "事務", "15名", "4名"], ["技術系", "建築・土木", "3名", "2名"], ["", "情報", "2名", "－"],
        ]
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "2026年度採用予定（総合職）", [Self.table(rows, xs: xs, y0: 71, step: 14, header: 1)])))
        #expect(Set(E.read(exam)) == [
            "administrative undergraduate 事務 15", "administrative graduate 事務 4",
            "technical undergraduate 建築・土木 3", "technical graduate 建築・土木 2", "technical undergraduate 情報 2",
        ])
    }
}
