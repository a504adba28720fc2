import Testing
@testable import BrochureKit

/// A header row with its English gloss set small under each cell (`事務職` / `Administrative`).
@Suite("Glossed header rows")
struct GlossedHeaderRowTests {
    static func page(glossSize: Double = 6.5, glosses: [String] = ["Fiscal year", "Administrative", "Technical", "Total"]) -> PageBuilder {
        var b = PageBuilder()
        let xs: [Double] = [60, 190, 280, 370]
        for (x, head) in zip(xs, ["年度", "事務職", "技術職", "計"]) { b.text(head, x: x, y: 200, size: 9) }
        for (x, gloss) in zip(xs, glosses) { b.text(gloss, x: x - 6, y: 214.5, size: glossSize) }
        for (r, (year, counts)) in [("令和3年度", ["9", "2", "11"]), ("令和4年度", ["10", "2", "12"]), ("令和5年度", ["8", "3", "11"])].enumerated() {
            let y = 228 + Double(r) * 18
            b.text(year, x: 48, y: y, size: 9)
            for (x, count) in zip(xs.dropFirst(), counts) { b.text(count, x: x + 4, y: y, size: 9) }
        }
        return b
    }

    static func table(_ builder: PageBuilder) throws -> Table {
        try #require(LayoutEngine().layout(builder.page()).blocks.compactMap(\.table).first)
    }

    @Test("Each gloss joins its header cell: one header row over the years")
    func glossJoinsHeader() throws {
        let table = try Self.table(Self.page())
        #expect(table.rows.count == 4, "\(table.rows.map { $0.map(\.text) })")
        #expect(table.rows.first?.map(\.text) == ["年度Fiscal year", "事務職Administrative", "技術職Technical", "計Total"])
        #expect(table.rows.dropFirst().first?.first?.text == "令和3年度")
    }

    @Test("A row in the header's own type, or with figures, stays a row")
    func notAGloss() throws {
        let sameSize = try Self.table(Self.page(glossSize: 9))
        #expect(sameSize.rows.count == 5, "\(sameSize.rows.map { $0.map(\.text) })")
        #expect(!TableDetector.isLatinGloss("FY2021") && !TableDetector.isLatinGloss("") && !TableDetector.isLatinGloss("（人）"))
        #expect(TableDetector.isLatinGloss("R&D") && TableDetector.isLatinGloss("No."))
    }
}
