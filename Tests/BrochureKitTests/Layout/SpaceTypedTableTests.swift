import Testing
@testable import BrochureKit

/// A table typed with full-width spaces: no rules, each row one line, its columns made by
/// padding, one full-width figure a row down each column of counts.
@Suite("Tables typed with spaces")
struct SpaceTypedTableTests {
    static let rows = [["配属先", "事務職", "技術職"], ["総務課", "３", "－"], ["財政課", "２", "－"], ["市民課", "４", "－"],
                       ["道路課", "－", "２"], ["建築指導課", "－", "４"]]

    @Test("A column of figures one a row, 1.55 em apart, is a table's column, no letter-spaced tab")
    func figuresStayInRows() throws {
        var b = PageBuilder()
        for (r, row) in Self.rows.enumerated() {
            let y = 430 + Double(r) * 15.5
            b.text(row[0], x: 44, y: y)
            b.text(row[1], x: r == 0 ? 132 : 152, y: y)
            b.text(row[2], x: r == 0 ? 172 : 192, y: y)
        }
        let table = try #require(LayoutEngine().layout(b.page()).blocks.compactMap(\.table).first)
        #expect(table.rows.map { $0.map(\.text) } == Self.rows)
    }

    @Test("A word letter-spaced down a card's edge is still one vertical line")
    func spacedTabKept() {
        var b = PageBuilder()
        b.vertical("事", x: 40, y: 300)
        b.vertical("務", x: 40, y: 315)
        b.vertical("系", x: 40, y: 330)
        b.text("総務課人事係が担当します。", x: 80, y: 300)
        #expect(LayoutEngine().layout(b.page()).textLines.contains("事務系"))
    }
}
