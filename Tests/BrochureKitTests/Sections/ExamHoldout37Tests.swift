import Testing

@testable import BrochureKit

/// Exam shapes of the thirty-seventh blind set: a table whose tracks only a tint tells (named in
/// a note), a flowchart of track, level and category boxes, and a table row of two categories
/// over a blank row.
@Suite("Exam breakdown: tracks told by a tint, flowchart boxes, counts over a blank row")
struct ExamHoldout37Tests {
    typealias E = ExamBreakdownParserTests
    typealias L = LooseLayoutsTests
    typealias T = ExamHoldout34Tests

    /// `試験区分 | 職種 | 予定数` without a track column, a level cell over its run, and `note` under it.
    static func tintedTable(note: String, rows: [[String]]? = nil) -> [(page: Int, block: Block)] {
        [
            T.table(rows ?? [["試験区分", "職種", "予定数"], ["大学卒業程度", "行政", "44名"], ["", "警察行政", "6名"], ["高校卒業程度", "一般事務", "10名"],
                             ["大学卒業程度", "土木", "18名"], ["", "建築", "4名"], ["", "獣医師", "3名"]],
                    xs: [311...370, 401...435, 514...548], y0: 421, step: 15, header: 1),
            L.block(note, x: 308, y: 530, size: 8),
        ]
    }

    @Test("A note naming the tinted rows' track and the rest's: each category takes the track its name tells")
    func tintedRows() throws {
        let blocks = Self.tintedTable(note: "※網掛けは技術職、それ以外は事務職の試験です。")
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度採用予定数", blocks)))
        #expect(E.read(exam) == [
            "administrative undergraduate 行政 44", "administrative undergraduate 警察行政 6", "administrative undergraduate 一般事務 10",
            "technical undergraduate 土木 18", "technical undergraduate 建築 4", "technical undergraduate 獣医師 3",
        ])
    }

    @Test("Only a note on tinted rows and the rest, of two tracks, tells them apart; the table's own track labels come first")
    func tintNotes() throws {
        func note(_ text: String) -> ExamShadedTracks? { ExamShadedTracks(blocks: [L.block(text, x: 0, y: 0)]) }
        #expect(note("※網掛けは技術職、それ以外は事務職の試験です。") != nil)
        #expect(note("※色付きの行は事務職、その他は技術職です。") != nil)
        #expect(note("※網掛けは予定を示します。") == nil)
        #expect(note("※網掛けの列は採用予定数です。") == nil)
        #expect(note("※網掛けは技術職です。") == nil)
        #expect(note("※網掛けは技術職、それ以外も技術職です。") == nil)
        #expect(note("※網掛けは技術職、それ以外は事務職の試験です。")?.track(of: "総合土木") == .technical)
        #expect(note("※網掛けは技術職、それ以外は事務職の試験です。")?.track(of: "社会福祉") == .administrative)
        // With a track column the table's own labels name the tracks (`環境政策` is an administrative exam there).
        let tracked = Self.tintedTable(note: "※網掛けは技術職、それ以外は事務職の試験です。", rows: [
            ["区分", "職種", "予定数"], ["事務職", "行政", "40名"], ["事務職", "環境政策", "3名"], ["技術職", "土木", "12名"],
        ])
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度採用予定数", tracked)))
        #expect(E.read(exam) == [
            "administrative undergraduate 行政 40", "administrative undergraduate 環境政策 3", "technical undergraduate 土木 12",
        ])
    }

    /// A flowchart read as its layout reads it: the second track's box after its first level's categories.
    static let flowchart: [(page: Int, block: Block)] = [
        L.block("事務職", x: 53, y: 134), L.block("上級（大学卒業程度）", x: 154, y: 88), L.block("初級（高校卒業程度）", x: 154, y: 142),
        L.block("行政 38名", x: 343, y: 88), L.block("一般事務 6名", x: 337, y: 142), L.block("社会福祉 6名", x: 465, y: 88),
        L.block("土木 10名", x: 343, y: 202), L.block("建築 5名", x: 475, y: 202), L.block("上級（大学卒業程度）", x: 154, y: 216),
        L.block("電気 3名", x: 343, y: 230), L.block("化学 2名", x: 475, y: 230),
        L.block("技術職", x: 53, y: 262), L.block("初級（高校卒業程度）", x: 154, y: 284), L.block("土木（初級） 2名", x: 327, y: 284),
    ]

    @Test("Flowchart boxes: each level takes the track box nearest it, each category its level's track")
    func flowchartTracks() throws {
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度の採用予定（試験区分と職種）", Self.flowchart)))
        #expect(E.read(exam) == [
            "administrative undergraduate 行政 38", "administrative undergraduate 一般事務 6", "administrative undergraduate 社会福祉 6",
            "technical undergraduate 土木 10", "technical undergraduate 建築 5", "technical undergraduate 電気 3", "technical undergraduate 化学 2",
            "technical undergraduate 土木(初級) 2",
        ])
    }

    @Test("Track labels at the top of their rows, or a single track, make no flowchart")
    func noFlowchart() {
        typealias I = ExamFlowchartTracks.Item
        func box(_ x: Double, _ y: Double, _ w: Double = 30) -> Rect { Rect(x0: x, y0: y, x1: x + w, y1: y + 10) }
        let row = box(300, 145)
        let levels = [100.0, 145, 190, 235].map { I(box: box(150, $0, 90), page: 1, track: nil, level: true, counted: false) }
        let centred = [I(box: box(50, 120), page: 1, track: .administrative, level: false, counted: false),
                       I(box: box(50, 215), page: 1, track: .technical, level: false, counted: false)]
        #expect(ExamFlowchartTracks.track(of: row, page: 1, items: levels + centred) == .administrative)
        #expect(ExamFlowchartTracks.track(of: box(300, 190), page: 1, items: levels + centred) == .technical)
        // Set level with the first of their levels: the third level stands as near the second label as the first.
        let top = [I(box: box(50, 100), page: 1, track: .administrative, level: false, counted: false),
                   I(box: box(50, 190), page: 1, track: .technical, level: false, counted: false)]
        #expect(ExamFlowchartTracks.track(of: row, page: 1, items: levels + top) == nil)
        #expect(ExamFlowchartTracks.track(of: row, page: 1, items: levels + [centred[0]]) == nil)
    }

    @Test("A row of counts over a blank row is not repeated into it: no category is read twice")
    func countsOverBlankRow() throws {
        let blocks = [
            L.block("技術職", x: 53, y: 214),
            T.table([["土木 10名", "建築", "5名"], ["上級（大学卒業程度）", "", ""], ["電気 3名", "化学", "2名"]],
                    xs: [154...248, 475...494, 503...519], y0: 202, step: 14),
        ]
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "試験区分", blocks)))
        #expect(E.read(exam) == [
            "technical undergraduate 土木 10", "technical undergraduate 建築 5", "technical undergraduate 電気 3", "technical undergraduate 化学 2",
        ])
    }
}
