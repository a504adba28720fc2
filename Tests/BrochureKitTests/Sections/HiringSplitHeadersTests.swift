import Testing

@testable import BrochureKit

/// Hiring tables whose header does not sit over its figures one cell to one: a two-row header
/// grouping heads and women, years in columns of their own beside their figures, a year
/// marked only by a numbered note.
@Suite("Hiring split headers")
struct HiringSplitHeadersTests {
    typealias H = HiringParserTests

    @Test("A two-row header: 採用者数 over 事務系 | 技術系 | 計, うち女性 over the same three; the women pair with their track")
    func groupedWomenColumns() {
        let grid = [
            ["年度", "", "採用者数", "", "", "うち女性", ""],
            ["", "事務系", "技術系", "計", "事務系", "技術系", "計"],
            ["R3年度", "3", "1", "4", "1", "0", "1"],
            ["R4年度", "4", "2", "6", "2", "1", "3"],
            ["R5年度（予定）", "4", "3", "7", "2", "1", "3"],
        ]
        #expect(Self.read(grid, header: 2) == ["2021 4/1 3/1 1/0", "2022 6/3 4/2 2/1", "2023p 7/3 4/2 3/1"])
    }

    @Test("Years across, each label in a column of its own left of its figures, women rows under each track")
    func yearsBesideFigures() {
        // A column of figures under a header of its own is no year's.
        let labelled = [["区分", "2021年度", "備考"], ["事務系", "", "4名"], ["計", "", "4名"]].map { $0.map(Self.cell) }
        let years = labelled[0].map { YearLabel($0.text) }
        #expect(FiguresBesideYears.columns(years: years, header: [labelled[0]], body: Array(labelled.dropFirst())).isEmpty)
        let tracks = ["事務系", "うち女性", "技術系", "うち女性", "計", "うち女性"]
        let figures = [
            ["4名", "3名", "5名"], ["2名", "1名", "2名"], ["0名", "1名", "0名"], ["0名", "0名", "0名"], ["4名", "4名", "5名"], ["2名", "1名", "2名"],
        ]
        // Each label its own column, each year's figures the column after it.
        let grid = [["区分", "2021年度", "", "2022年度", "", "2023年度", ""]] + zip(tracks, figures).map { track, row in
            [track] + row.flatMap { ["", $0] }
        }
        #expect(Self.read(grid, header: 1) == ["2021 4/2 4/2 0/0", "2022 4/1 3/1 1/0", "2023 5/2 5/2 0/0"])
    }

    @Test("A numbered note (※1 2026年度は採用予定数です。) marks the year whose label carries ※1 planned")
    func numberedNote() {
        let notes = "※1 2026年度は採用予定数です。※2 技術系はデジタル区分の採用者です。"
        #expect(PlannedNote.plannedYears(in: [notes]) == [2026])
        #expect(PlannedNote.plannedYears(in: ["※2026年度は採用予定数です。"]) == [2026])
        #expect(PlannedNote.plannedYears(in: ["※1) R8は採用予定数です。"]) == [2026])
        let rows = [
            ["区分", "2025年度", "2026年度※1"], ["事務系", "4（2）", "4（2）"], ["技術系", "1（0）", "1（1）"], ["計", "5（2）", "5（3）"],
        ]
        let note = "※1 2026年度は採用予定数です。"
        let record = HiringParser().parse(HiringLayoutsTests.part(rows, header: 1, note: note))
        #expect(H.read(record) == ["2025 5/2 4/2 1/0", "2026p 5/3 4/2 1/1"])
    }

    static func cell(_ text: String) -> Table.Cell { Table.Cell(text: text, box: nil) }

    /// The rows `HiringParser` reads from a table of `grid`, as `HiringParserTests.read` prints them.
    static func read(_ grid: [[String]], header: Int) -> [String] {
        H.read(HiringParser().parse(H.part(grid, header: header)))
    }
}
