import Testing
@testable import BrochureKit

/// Header cells spanning two header rows, centred in the gap between them (`年度` and `計`
/// beside `事務系 | 技術系` over `総合職 | 一般職`).
@Suite("Spanning header cells")
struct SpanningHeaderCellsTests {
    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("事務系", x: 207, y: 196, size: 8.5)
        b.text("技術系", x: 347, y: 196, size: 8.5)
        b.text("年度", x: 86, y: 204.5, size: 8.5)
        b.text("計", x: 465, y: 204.5, size: 8.5)
        for (x, name) in zip([172.0, 242, 312, 382], ["総合職", "一般職", "総合職", "一般職"]) { b.text(name, x: x, y: 213, size: 8.5) }
        for (r, counts) in [["1", "3", "0", "1", "5（2）"], ["1", "4", "0", "1", "6（3）"], ["2", "3", "1", "1", "7（3）"]].enumerated() {
            let y = 230 + Double(r) * 17
            b.text("令和\(r + 3)年度", x: 44, y: y, size: 8.5)
            for (x, count) in zip([182.0, 252, 322, 392, 460], counts) { b.text(count, x: x, y: y, size: 8.5) }
        }
        return b
    }

    @Test("They belong to the first header row, not to the second")
    func firstRowOfTheirSpan() throws {
        let table = try #require(LayoutEngine().layout(Self.page().page()).blocks.compactMap(\.table).first)
        let rows = table.rows.map { $0.map(\.text).filter { !$0.isEmpty } }
        #expect(rows.first == ["年度", "事務系", "技術系", "計"], "\(rows)")
        #expect(rows.dropFirst().first == ["総合職", "一般職", "総合職", "一般職"], "\(rows)")
    }

    @Test("A line in the gap reaching into the rows' columns is no spanning cell")
    func notBetweenTheColumns() {
        func band(_ text: String, x: Double, y: Double) -> RowBand {
            RowBand(lines: [TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + 20, y1: y + 8.5), fontSize: 8.5, isBold: false, orientation: .horizontal)])
        }
        let upper = band("事務系", x: 200, y: 196), lower = band("総合職", x: 170, y: 213)
        #expect(RowBand.spans(band("年度", x: 80, y: 204.5), between: upper, and: lower))
        #expect(!RowBand.spans(band("１名", x: 190, y: 204.5), between: upper, and: lower))
        #expect(!RowBand.spans(band("年度", x: 80, y: 207), between: upper, and: lower))
    }
}
