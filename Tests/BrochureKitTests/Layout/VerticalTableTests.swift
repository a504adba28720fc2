import Testing
@testable import BrochureKit

/// Tables set in vertical writing: heads and row labels upright, cells pieced from upright
/// digits and turned brackets.
@Suite("Vertical tables")
struct VerticalTableTests {
    static func tables(_ page: PageBuilder) -> [[[String]]] {
        LayoutEngine().layout(page.page()).blocks.compactMap(\.table).map { $0.rows.map { $0.map(\.text) } }
    }

    /// A hiring table set 縦組み: years as columns read right to left, the label column at the right.
    static func hiringPage() -> PageBuilder {
        var b = PageBuilder()
        b.text("採用者数の推移", x: 40, y: 220, size: 12, bold: true)
        b.vertical("年度", x: 256, y: 286, size: 9)
        b.vertical("事務系", x: 256, y: 338, size: 9)
        b.vertical("技術系", x: 256, y: 388, size: 9)
        b.text("計", x: 256, y: 446, size: 9)
        let years = ["令和三年度", "令和四年度", "令和五年度", "令和六年度", "令和七年度"]
        let counts = [[("98", "45"), ("52", "12"), ("150", "57")], [("104", "50"), ("55", "14"), ("159", "64")],
                      [("101", "47"), ("58", "15"), ("159", "62")], [("108", "52"), ("57", "16"), ("165", "68")],
                      [("112", "55"), ("62", "18"), ("174", "73")]]
        for (c, year) in years.enumerated() {
            let x = 222 - Double(c) * 34
            b.vertical(year, x: x, y: 271, size: 9)
            for (r, count) in counts[c].enumerated() {
                let y = 333 + Double(r) * 50
                b.text(count.0, x: x + 5 - Double(count.0.count - 2) * 2.25, y: y, size: 9)
                b.text("（", x: x, y: y + 9, size: 9)
                b.text(count.1, x: x + 0.5, y: y + 18, size: 9)
                b.text("）", x: x, y: y + 27, size: 9)
            }
        }
        b.vertical("令和八年度", x: 59, y: 268, size: 9)
        b.vertical("（予定）", x: 46, y: 268, size: 9)
        for (r, planned) in ["120", "66", "186"].enumerated() {
            b.text(planned, x: 50, y: 346 + Double(r) * 50, size: 9)
        }
        return b
    }

    @Test("A 縦組み table is read with its columns right to left: the label column first, each cell's pieces top to bottom")
    func hiringTableRightToLeft() throws {
        let tables = Self.tables(Self.hiringPage())
        let table = try #require(tables.first { $0.first?.first == "年度" }, "\(tables)")
        #expect(table[0] == ["年度", "令和三年度", "令和四年度", "令和五年度", "令和六年度", "令和七年度", "令和八年度（予定）"])
        #expect(table[1] == ["事務系", "98（45）", "104（50）", "101（47）", "108（52）", "112（55）", "120"])
        #expect(table[3] == ["計", "150（57）", "159（64）", "159（62）", "165（68）", "174（73）", "186"])
    }

    @Test("The hiring parser reads a 縦組み table like one set across")
    func hiringParsed() throws {
        let tables = Self.tables(Self.hiringPage())
        let table = try #require(tables.first { $0.first?.first == "年度" }, "\(tables)")
        #expect(HiringParserTests.read(HiringParser().parse(HiringParserTests.part(table, header: 1))) == [
            "2021 150/57 98/45 52/12", "2022 159/64 104/50 55/14", "2023 159/62 101/47 58/15", "2024 165/68 108/52 57/16",
            "2025 174/73 112/55 62/18", "2026p 186/- 120/- 66/-",
        ])
    }

    /// An assignment table set 縦組み: a unit per column, its counts below its name, the row
    /// labels `事務` over `技術` set close in the right-most column, cells left empty for none.
    static func assignmentPage(labels: [String] = ["事務技術"]) -> PageBuilder {
        var b = PageBuilder()
        b.text("令和7年度採用者の配属先（単位：人）", x: 42, y: 73, size: 8)
        b.vertical("配属先", x: 529, y: 94, size: 9)
        for (i, label) in labels.enumerated() { b.vertical(label, x: 529, y: 177 + Double(i) * 18, size: 9) }
        let units = [("総務部", "2", ""), ("交通政策部", "2", ""), ("鉄道部", "", "2"), ("自動車交通部", "2", ""),
                     ("自動車技術安全部", "", "2"), ("札幌運輸支局", "2", "1"), ("函館運輸支局", "1", "")]
        for (c, unit) in units.enumerated() {
            let x = 505 - Double(c) * 24
            b.vertical(unit.0, x: x, y: 94, size: 9)
            if !unit.1.isEmpty { b.text(unit.1, x: x + 1.5, y: 180, size: 9) }
            if !unit.2.isEmpty { b.text(unit.2, x: x + 1.5, y: 198, size: 9) }
        }
        return b
    }

    @Test("A 縦組み assignment table: labels set close are parted at the rows they stand beside, empty cells kept")
    func assignmentTable() throws {
        let tables = Self.tables(Self.assignmentPage())
        let table = try #require(tables.first { $0.first?.first == "配属先" }, "\(tables)")
        #expect(table[0] == ["配属先", "総務部", "交通政策部", "鉄道部", "自動車交通部", "自動車技術安全部", "札幌運輸支局", "函館運輸支局"])
        #expect(table[1] == ["事務", "2", "2", "", "2", "", "2", "1"])
        #expect(table[2] == ["技術", "", "", "2", "", "2", "1", ""])
        let record = AssignmentsParser().parse(AssignmentsParserTests.part(lines: ["令和7年度採用者の配属先"], rows: table))
        #expect(AssignmentsParserTests.read(record) == [
            "総務部 2 0", "交通政策部 2 0", "鉄道部 0 2", "自動車交通部 2 0", "自動車技術安全部 0 2", "札幌運輸支局 2 1", "函館運輸支局 1 0",
        ])
    }

    @Test("Labels set apart read the same; a label word beside one row of cells is not parted")
    func assignmentLabelsApart() throws {
        let apart = Self.tables(Self.assignmentPage(labels: ["事務", "技術"]))
        let table = try #require(apart.first { $0.first?.first == "配属先" }, "\(apart)")
        #expect(table.map { $0[0] } == ["配属先", "事務", "技術"])
        let word = TextLine(text: "事務計", box: Rect(x0: 529, y0: 177, x1: 538, y1: 204), fontSize: 9, isBold: false, orientation: .vertical)
        #expect(VerticalTable.split(word, beside: [Rect(x0: 500, y0: 181, x1: 506, y1: 190)], em: 9) == nil)
        let cells = [Rect(x0: 500, y0: 178, x1: 506, y1: 187), Rect(x0: 500, y0: 187, x1: 506, y1: 196)]
        #expect(VerticalTable.split(word, beside: cells, em: 9) == nil, "pieces of one cell stacked close are one row")
        // A group's label centred on two rows is one label: its middle glyph stands beside neither.
        let group = TextLine(text: "総合職", box: Rect(x0: 529, y0: 180, x1: 538, y1: 207), fontSize: 9, isBold: false, orientation: .vertical)
        #expect(VerticalTable.split(group, beside: [Rect(x0: 500, y0: 180, x1: 506, y1: 189), Rect(x0: 500, y0: 198, x1: 506, y1: 207)], em: 9) == nil)
    }

    @Test("Vertical prose with figures is no table: no column of row labels under its lines")
    func verticalProse() {
        var b = PageBuilder()
        for i in 0..<8 {
            b.vertical("令和\(i + 1)年度は職員を採用しました", x: 500 - Double(i) * 14, y: 100, size: 10)
        }
        #expect(Self.tables(b).isEmpty)
    }
}
