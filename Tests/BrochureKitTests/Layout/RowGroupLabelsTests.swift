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

/// A table's own label column under a header word (`区分` over `採用者数`, `うち女性`), in a table
/// with years across whose header rows the header count takes for the body (holdout29's sakai-2026).
@Suite("Row labels naming a section")
struct RowLabelsTests {
    static func table(labels: [String], second: [String] = ["68", "31"]) -> Table {
        let cell = { (text: String) in Table.Cell(text: text, box: nil) }
        let rows = [[labels[0], "令和3年度", "", "令和4年度"], ["", "事務", "技術", "事務"],
                    [labels[1], "68", "24", "72"], [labels[2], second[1], "6", "35"]].map { $0.map(cell) }
        return Table(box: Rect(x0: 52, y0: 109, x1: 320, y1: 176), columns: [52...84, 101...117, 123...139, 178...194], rows: rows, headerRowCount: 0)
    }

    @Test("Distinct short labels under a header word, their rows all figures, are the table's own")
    func labelsStay() {
        let table = Self.table(labels: ["区分", "採用者数", "うち女性"])
        #expect(SectionNameInTableBody.labelsRows(table, column: 0, sectionNames: ["採用者数"]))
        #expect(!SectionNameInTableBody.found(in: table, sectionNames: ["採用者数"]))
    }

    @Test("Under a section's name, or with a row reading on into words, or labels said twice, the column is refused")
    func refused() {
        #expect(!SectionNameInTableBody.labelsRows(Self.table(labels: ["採用実績", "採用者数", "うち女性"]), column: 0, sectionNames: ["採用者数", "採用実績"]))
        #expect(!SectionNameInTableBody.labelsRows(Self.table(labels: ["区分", "採用者数", "うち女性"], second: ["68", "館長"]), column: 0, sectionNames: ["採用者数"]))
        #expect(!SectionNameInTableBody.labelsRows(Self.table(labels: ["区分", "採用者数", "採用者数"]), column: 0, sectionNames: ["採用者数"]))
    }
}
