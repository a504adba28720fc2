import Testing

@testable import BrochureKit

/// Exam breakdowns set as card rows under exam strips, as tracks over pairs of category and
/// count columns, and exams whose titles name no level.
@Suite("Exam cards and pairs")
struct ExamCardsAndPairsTests {
    static let read = ExamBreakdownParserTests.read

    @Test("Cards cut into a row of names over a row of counts: each count goes with the name above it")
    func namesOverCounts() {
        let xs: [ClosedRange<Double>] = [40...80, 100...160, 180...240, 260...320]
        let table = ExamCellCountsTests.table([
            ["技術系", "土木52名", "建築16名", "機械10名"],
            ["", "農学", "林学", "水産"],
            ["", "12名", "4名", "2名"],
        ], xs: xs, y: 120, header: 0)
        let strip = HiringSubRowBandsTests.column(["大学卒程度試験"], x: 40)
        let breakdown = ExamBreakdownParser().parse(ExamCellCountsTests.part([(1, strip), table]))
        #expect(Self.read(breakdown) == [
            "technical undergraduate 土木 52", "technical undergraduate 建築 16", "technical undergraduate 機械 10",
            "technical undergraduate 農学 12", "technical undergraduate 林学 4", "technical undergraduate 水産 2",
        ])
        // One name over one count is no card row (a heading over a total).
        let single = ExamCellCountsTests.table([["", "合計"], ["", "12名"]], xs: xs, y: 120, header: 0).block.table!
        #expect(ExamNamesOverCounts.pairs(in: single).pieces.isEmpty)
    }

    @Test("Transposed blocks, each track in a cell spanning its names over its counts: track words right of it are names")
    func trackBesideNamesOverCounts() {
        let xs: [ClosedRange<Double>] = [40...80, 100...150, 170...220, 240...290, 310...360]
        for trackRow in [0, 1] {
            var rows = [
                ["事務職", "一般事務", "福祉", "学校事務", ""],
                ["", "60名", "10名", "6名", ""],
                ["技術職", "土木", "建築", "電気", "造園"],
                ["", "14名", "6名", "4名", "2名"],
            ]
            if trackRow == 1 { for r in [0, 2] { rows[r + 1][0] = rows[r][0]; rows[r][0] = "" } }
            // The layout heads the table with the rows before its first figure: the first names.
            let table = ExamCellCountsTests.table(rows, xs: xs, y: 120, header: 1)
            let breakdown = ExamBreakdownParser().parse(ExamCellCountsTests.part([table]))
            #expect(Self.read(breakdown) == [
                "administrative undergraduate 一般事務 60", "administrative undergraduate 福祉 10", "administrative undergraduate 学校事務 6",
                "technical undergraduate 土木 14", "technical undergraduate 建築 6", "technical undergraduate 電気 4", "technical undergraduate 造園 2",
            ])
        }
    }

    @Test("An exam title naming no level (社会人等経験者採用試験) starts the non-graduate level; 大学卒 is the undergraduate level")
    func titleWithoutLevel() {
        let breakdown = ExamBreakdownParser().parse(ExamSentencesAndBulletsTests.part([
            "大学院卒程度試験", "技術系：土木6名／環境4名",
            "大学卒程度試験", "事務系：行政（22-25）170名",
            "大学院卒程度試験", "技術系：環境2名",
            "社会人等経験者採用試験", "事務系：行政（社会人等）30名",
        ]))
        #expect(Self.read(breakdown) == [
            "technical graduate 土木 6", "technical graduate 環境 4", "administrative undergraduate 行政(22-25) 170",
            "technical graduate 環境 2", "administrative undergraduate 行政(社会人等) 30",
        ])
        // The tail of a wrapped level label (`…・院卒` / `程度試験`) keeps the level above it.
        #expect(ExamTitleLevel.level(ofTitle: "程度試験") == nil)
        #expect(ExamTitleLevel.level(ofTitle: "採用試験の日程") == nil)
    }

    /// `試験 | 事務系 (区分 人数) | 技術系 (区分 人数)`, exams spanning two rows, their text
    /// between the two, and a total row of `totals`.
    static func pairTable(totals: [String] = ["合計", "", "11", "", "3"]) -> Table {
        let xs: [ClosedRange<Double>] = [40...90, 100...150, 160...180, 190...240, 250...270]
        let rows: [[(String, Double)]] = [
            [("試験", 100), ("事務系", 100), ("", 0), ("技術系", 100), ("", 0)],
            [("", 0), ("区分", 115), ("人数", 115), ("区分", 115), ("人数", 115)],
            [("総合職試験", 137), ("法律・政治", 130), ("1", 130), ("理工・情報", 130), ("1", 130)],
            [("", 0), ("経済", 145), ("1", 145), ("", 0), ("", 0)],
            [("一般職試験（大卒程度）", 167), ("人文・社会", 160), ("5", 160), ("電気・情報", 160), ("2", 160)],
            [("", 0), ("図書館・情報", 175), ("4", 175), ("", 0), ("", 0)],
            totals.enumerated().map { ($0.element, $0.element.isEmpty ? 0 : 190) },
        ]
        let cells = rows.map { row in
            row.enumerated().map { c, cell in
                Table.Cell(text: cell.0, box: cell.0.isEmpty ? nil : Rect(x0: xs[c].lowerBound, y0: cell.1, x1: xs[c].upperBound, y1: cell.1 + 8))
            }
        }
        return Table(box: Rect(x0: 40, y0: 100, x1: 270, y1: 198), columns: xs, rows: cells, headerRowCount: 2)
    }

    @Test("Tracks over pairs of category and count columns, exams spanning rows: each count with the name at its left")
    func trackPairColumns() {
        let entries = ExamTrackPairColumns.entries(in: Self.pairTable(), page: 1).map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" }
        #expect(entries == [
            "administrative undergraduate 法律・政治 1", "technical undergraduate 理工・情報 1", "administrative undergraduate 経済 1",
            "administrative undergraduate 人文・社会 5", "technical undergraduate 電気・情報 2", "administrative undergraduate 図書館・情報 4",
        ])
        let part = ExamCellCountsTests.part([(1, Block(kind: .table, box: Self.pairTable().box, lines: [], table: Self.pairTable()))])
        #expect(Self.read(ExamBreakdownParser().parse(part)).count == 6)
        // A total that is not the track's sum reads nothing.
        #expect(ExamTrackPairColumns.entries(in: Self.pairTable(totals: ["合計", "", "12", "", "3"]), page: 1).isEmpty)
    }

    /// Categories as rows under track cells, levels as columns, a 合計 row of `total`; 事務系
    /// centred between its second and third rows, as a cell spanning four rows is drawn.
    static func matrix(total: String = "37") -> Table {
        let xs: [ClosedRange<Double>] = [40...70, 80...150, 160...200, 210...250, 260...300]
        let rows = [
            ["系統", "試験区分", "総合職試験（院卒者）", "総合職試験（大卒程度）", "一般職試験（大卒程度）"],
            ["", "法律", "1", "3", "－"], ["事務系", "経済", "－", "2", "－"], ["", "行政", "1", "－", "－"], ["", "事務", "－", "－", "33"],
            ["", "電気・電子・情報", "－", "1", "－"], ["技術系", "建築", "－", "－", "2"], ["", "機械", "－", "－", "2"], ["", "合計", "2", "6", total],
        ]
        var table = ExamCellCountsTests.table(rows, xs: xs, y: 100, header: 1).block.table!
        table.rows[2][0].box = Rect(x0: 40, y0: 150, x1: 70, y1: 159)
        return table
    }

    @Test("Levels as columns, track cells spanning an even number of rows, a 事務 category and a 合計 row")
    func levelColumnsMatrix() {
        let entries = ExamGrid.entries(in: Self.matrix(), page: 1).map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" }
        #expect(entries == [
            "administrative graduate 法律 1", "administrative undergraduate 法律 3", "administrative undergraduate 経済 2",
            "administrative graduate 行政 1", "administrative undergraduate 事務 33", "technical undergraduate 電気・電子・情報 1",
            "technical undergraduate 建築 2", "technical undergraduate 機械 2",
        ])
        // A 合計 that is not its column's sum: the grid is not what it seems.
        #expect(ExamGrid.entries(in: Self.matrix(total: "36"), page: 1).isEmpty)
        #expect(ExamGrid.namesTrack("事務系") && !ExamGrid.namesTrack("一般事務"))
    }
}
