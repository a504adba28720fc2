import Testing

@testable import BrochureKit

/// Header words naming sections (`配属先 | 所在地`) over a table set with air between its rows
/// (holdout98's chubu-shinrin): a header row when they stand as far over the first row as the
/// rows stand apart; headings when they stand further off, say one word twice, or each head a
/// table of its own.
@Suite("Header words over rows set with air between them")
struct AiryHeaderRowsTests {
    /// A table of units, their towns and counts, its header words (`配属先`, `所在地`) naming
    /// sections, the rows set `pitch` apart in 8 pt type.
    static func airyTable(pitch: Double, headerGap: Double? = nil) -> PageLayout {
        var page = PageBuilder()
        let rows = [["配属先", "所在地", "事務系", "技術系"], ["総務企画部", "長野市", "2", "－"], ["計画保全部", "長野市", "－", "2"],
            ["北信森林管理署", "中野市", "1", "1"], ["中信森林管理署", "松本市", "－", "2"], ["南信森林管理署", "伊那市", "－", "1"]]
        for (r, row) in rows.enumerated() {
            let y = r == 0 ? 420 : 420 + (headerGap ?? pitch) + pitch * Double(r - 1)
            for (c, text) in row.enumerated() { page.text(text, x: [50, 158, 209, 251][c], y: y, size: 8) }
        }
        return LayoutEngine().layout(page.page())
    }

    /// Two tables of one design side by side, each headed `配属先 | 事務系 | 技術系`, rows set
    /// `pitch` apart.
    static func twinTables(pitch: Double) -> PageLayout {
        var page = PageBuilder()
        let left = [["配属先", "事務系", "技術系"], ["漁政課", "1", ""], ["企画課", "1", ""], ["水産経営課", "1", ""], ["加工流通課", "1", ""]]
        let right = [["配属先", "事務系", "技術系"], ["国際課", "1", ""], ["漁業取締課", "1", "1"], ["研究指導課", "", "1"], ["計画課", "", "2"]]
        for (r, row) in left.enumerated() {
            for (c, text) in row.enumerated() where !text.isEmpty { page.text(text, x: [50, 120, 160][c], y: 420 + pitch * Double(r), size: 8) }
        }
        for (r, row) in right.enumerated() {
            for (c, text) in row.enumerated() where !text.isEmpty { page.text(text, x: [260, 330, 370][c], y: 420 + pitch * Double(r), size: 8) }
        }
        return LayoutEngine().layout(page.page())
    }

    @Test("Header words naming sections over rows set with air between them, as far over the first row as each row is over the next, head one table")
    func airyHeaderRow() throws {
        let layout = Self.airyTable(pitch: 16)
        let table = try #require(layout.blocks.compactMap(\.table).first)
        #expect(layout.blocks.compactMap(\.table).count == 1)
        #expect(table.rows.first?.map(\.text) == ["配属先", "所在地", "事務系", "技術系"])
        #expect(table.rows.dropFirst().first?.first?.text == "総務企画部")
    }

    /// Two section headings in body type, each over a small table of its own, the tables' rows
    /// `pitch` apart and level with each other's. (The outcome a review asked after; on this
    /// page other readings part the two before `headerCells` is asked.)
    static func headedTables(pitch: Double) -> PageLayout {
        var page = PageBuilder()
        page.text("採用実績", x: 50, y: 420, size: 8)
        page.text("配属先", x: 260, y: 420, size: 8)
        let left = [["年度", "事務系", "技術系"], ["令和5年度", "3", "2"], ["令和6年度", "4", "1"], ["令和7年度", "2", "3"]]
        let right = [["課", "事務系", "技術系"], ["総務課", "1", "0"], ["企画課", "2", "1"], ["会計課", "1", "2"]]
        for (x, rows) in [(50.0, left), (260.0, right)] {
            for (r, row) in rows.enumerated() {
                for (c, text) in row.enumerated() { page.text(text, x: x + [0, 70, 110][c], y: 420 + pitch * Double(r + 1), size: 8) }
            }
        }
        return LayoutEngine().layout(page.page())
    }

    @Test("Two section headings alone on their row, each over a table of its own, head two tables however airy the rows")
    func headingsOverTwoTables() {
        let layout = Self.headedTables(pitch: 16)
        #expect(!layout.blocks.contains { block in
            block.table?.rows.contains { row in row.contains { $0.text == "採用実績" } && row.contains { $0.text == "配属先" } } == true
        })
        #expect(!layout.textLines.contains { $0.contains("採用実績") && $0.contains("配属先") })
    }

    @Test("Two header words over a table of two columns, rows set with air between them, head it")
    func airyTwoColumns() throws {
        var page = PageBuilder()
        let rows = [["配属先", "採用者数"], ["総務企画部", "2"], ["計画保全部", "3"], ["北信森林管理署", "1"], ["中信森林管理署", "2"]]
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() { page.text(text, x: [50, 180][c], y: 420 + 16 * Double(r), size: 8) }
        }
        let table = try #require(LayoutEngine().layout(page.page()).blocks.compactMap(\.table).first)
        #expect(table.rows.first?.map(\.text) == ["配属先", "採用者数"] && table.rows.count == 5)
    }

    @Test("Header words standing further over the first row than the rows stand apart are headings, not a header row")
    func farHeaderRow() {
        let layout = Self.airyTable(pitch: 16, headerGap: 40)
        #expect(!layout.blocks.contains { $0.table?.rows.first?.map(\.text) == ["配属先", "所在地", "事務系", "技術系"] })
    }

    @Test("The same header word on both sides of the gap heads two tables of one design, however airy their rows")
    func twinHeaders() {
        let layout = Self.twinTables(pitch: 16)
        #expect(layout.blocks.compactMap(\.table).count == 2)
        #expect(layout.blocks.compactMap(\.table).map { $0.rows.first?.first?.text } == ["配属先", "配属先"])
    }
}
