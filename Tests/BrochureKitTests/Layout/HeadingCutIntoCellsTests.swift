import Testing

@testable import BrochureKit

/// A section heading with its gloss caught in a table's body as two cells: the column beside
/// the table read as rows of it.
@Suite("A heading cut into cells")
struct HeadingCutIntoCellsTests {
    @Test("A body row holding a section's title and its gloss in two cells (研修 | TRAINING) makes no table")
    func headingCutIntoCells() {
        func row(_ texts: [String], y: Double) -> [Table.Cell] {
            texts.enumerated().map { c, text in Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: 40 + Double(c) * 100, y0: y, x1: 90 + Double(c) * 100, y1: y + 8)) }
        }
        let rows = [row(["職種", "区分", "予定数", "育児休業", "子が3歳に達するまで"], y: 100), row(["事務職", "事務", "20名", "分割して取得できます。", ""], y: 116),
                    row(["研修", "TRAINING", "", "3回まで分割できます。", ""], y: 132)]
        let table = Table(box: Rect(x0: 40, y0: 100, x1: 540, y1: 140), columns: [40...90, 140...190, 240...290, 340...390, 440...490], rows: rows, headerRowCount: 1)
        #expect(SectionNameInTableBody.cut(in: table, sectionNames: ["研修 TRAINING"]))
        #expect(!SectionNameInTableBody.cut(in: table, sectionNames: ["両立支援制度"]))
        // In the first row it is the table's title over it (`GlossedTitleRow`), not this rule's.
        let titled = Table(box: table.box, columns: table.columns, rows: [rows[2], rows[1]], headerRowCount: 0)
        #expect(!SectionNameInTableBody.cut(in: titled, sectionNames: ["研修 TRAINING"]))
    }
}
