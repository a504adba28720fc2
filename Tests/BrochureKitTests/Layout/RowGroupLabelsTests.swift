import Testing
@testable import BrochureKit

/// A table whose first column labels groups of rows (`採用者数` over three rows, `うち女性` over
/// the next three), one label naming a section (holdout28's hamamatsu-2026 hiring table).
@Suite("Row-group labels naming a section")
struct RowGroupLabelsTests {
    static func table(first: [String]) -> Table {
        let cell = { (text: String) in Table.Cell(text: text, box: nil) }
        let body: [[String]] = [["事務職", "５８", "６１"], ["技術職", "３０", "２８"], ["計", "８８", "８９"],
                                ["事務職", "２４", "２７"], ["技術職", "６", "７"], ["計", "３０", "３４"]]
        let rows = [["区分", "職種", "2021年度", "2022年度"].map(cell)] + zip(first, body).map { [cell($0)] + $1.map(cell) }
        return Table(box: Rect(x0: 50, y0: 84, x1: 532, y1: 218), columns: [50...86, 111...139, 188...206, 252...270], rows: rows, headerRowCount: 1)
    }

    @Test("Labels of row groups are the table's own column, though one names a section")
    func labelsStayInTable() {
        let table = Self.table(first: ["", "採用者数", "", "", "うち女性", ""])
        #expect(SectionNameInTableBody.labelsRowGroups(table, column: 0))
        #expect(!SectionNameInTableBody.found(in: table, sectionNames: ["採用者数"]))
    }

    @Test("A column of running text under a section's heading beside the table is no column of it")
    func sidebarStillRefused() {
        let table = Self.table(first: ["", "採用者数", "新規採用職員の研修は", "入庁後の4月に行い", "ます。配属後も", "研修があります。"])
        #expect(!SectionNameInTableBody.labelsRowGroups(table, column: 0))
        #expect(SectionNameInTableBody.found(in: table, sectionNames: ["採用者数"]))
    }
}
