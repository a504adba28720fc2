import Testing

@testable import BrochureKit

/// English-first header labels, a header row the segmenter left above its table, hiring
/// dates as year labels, and an expressway interchange opening a route.
@Suite("Bilingual headers, dated intakes, interchanges")
struct BilingualHeadersAndDatesTests {
    typealias L = LooseLayoutsTests

    @Test("An English gloss before a header label names nothing more", arguments: [
        ("Total 計", ColumnRole.total), ("Administrative 事務系", .administrative), ("Technical 技術系", .technical), ("Fiscal Year 年度", .year),
    ])
    func glossFirst(_ label: String, _ role: ColumnRole) {
        #expect(ColumnRole(label: label) == role)
    }

    /// A three-column table of units and counts with its labels on one baseline just above it.
    static func page(labels: [String]) -> PageBuilder {
        var b = PageBuilder()
        let xs: [Double] = [53, 203, 323]
        for (x, label) in zip(xs, labels) { b.text(label, x: x, y: 366, size: 9) }
        for (r, row) in [["総務部", "2", "－"], ["業務部", "4", "2"], ["監視部", "5", "－"], ["小樽支署", "3", "－"]].enumerated() {
            for (x, cell) in zip(xs, row) { b.text(cell, x: x, y: 383 + Double(r) * 17, size: 9) }
        }
        return b
    }

    @Test("Labels over every column just above a table of counts are its header row; a row of the text is not")
    func headerRowAbove() throws {
        let blocks = LayoutEngine().layout(Self.page(labels: ["Unit 配属先", "Administrative 事務系", "Technical 技術系"]).page()).blocks
        let table = try #require(blocks.compactMap(\.table).first)
        #expect(table.rows.first?.map(\.text) == ["Unit 配属先", "Administrative 事務系", "Technical 技術系"], "\(table.rows.map { $0.map(\.text) })")
        // Over the same table, a row of dated text (figures in it) is no header.
        let columns: [ClosedRange<Double>] = [53...107, 203...209, 323...332]
        let rows = (0..<3).map { r in columns.map { Table.Cell(text: $0.lowerBound == 53 ? "部\(r)" : "\(r + 1)", box: Rect(x0: $0.lowerBound, y0: 383 + Double(r) * 17, x1: $0.upperBound, y1: 392 + Double(r) * 17)) } }
        let bare = Table(box: Rect(x0: 53, y0: 383, x1: 332, y1: 426), columns: columns, rows: rows, headerRowCount: 0)
        func line(_ text: String, _ x: Double) -> TextLine {
            TextLine(text: text, box: Rect(x0: x, y0: 366, x1: x + 9 * Double(text.count), y1: 375), fontSize: 9, isBold: false, orientation: .horizontal)
        }
        #expect(StrayHeaderCells.rowAbove(bare, rest: [line("配属先", 53), line("事務系", 203), line("技術系", 323)], except: []) != nil)
        #expect(StrayHeaderCells.rowAbove(bare, rest: [line("昭和22年", 53), line("施行", 203), line("知事", 323)], except: []) == nil)
    }

    @Test("A hiring date with its day is the fiscal year of its month", arguments: [
        ("令和3年4月1日採用", 2021, false), ("令和8年4月1日採用予定", 2026, true), ("令和6年10月1日採用", 2024, false), ("令和7年1月1日採用", 2024, false),
    ])
    func datedIntakes(_ label: String, _ year: Int, _ planned: Bool) throws {
        let read = try #require(YearLabel(label))
        #expect(read.fiscalYear == year && read.planned == planned)
    }

    @Test("An expressway's interchange opens a route as a station does, named after the road")
    func interchange() {
        #expect(TerminalStop.marked("道東自動車道本別ICから車で約5分") == "道東自動車道『本別IC』から車で約5分")
        #expect(TerminalStop.marked("名神高速道路八日市ICから車で約10分") == "名神高速道路『八日市IC』から車で約10分")
        #expect(TerminalStop.marked("ICから車で約5分") == "ICから車で約5分")
    }
}
