import Testing
@testable import BrochureKit

/// Column headers angled at 45°, as a spreadsheet angles them: each glyph's box as wide as its
/// type and flattened to its diagonal's height, each a step up and right of the last.
@Suite("Text at 45°")
struct DiagonalTextTests {
    static let rows = [["配属先", "事務職", "技術職"], ["総務課", "3", "－"], ["市民課", "4", "－"], ["建設課", "－", "3"], ["都市計画課", "－", "2"]]

    /// The table with its two track headers at 45°, their first glyphs at the foot of the header band.
    static func page(angled: Bool = true) -> Page {
        var b = PageBuilder()
        let size = 9.0, h = size / 2.squareRoot()
        b.text(rows[0][0], x: 50, y: 210, size: size)
        for (k, header) in rows[0].dropFirst().enumerated() {
            for (i, scalar) in header.unicodeScalars.enumerated() {
                let x = 158 + Double(k) * 50 + Double(i) * (angled ? h : size)
                let y = angled ? 211.5 - Double(i) * h : 210
                b.glyphs.append(Glyph(scalar: scalar, box: Rect(x0: x, y0: y, x1: x + size, y1: y + (angled ? h : size)), font: 0, size: size))
            }
        }
        for (r, row) in rows.dropFirst().enumerated() {
            let y = 228 + Double(r) * 17
            b.text(row[0], x: 50, y: y, size: size)
            for (k, cell) in row.dropFirst().enumerated() { b.text(cell, x: 195 + Double(k) * 50, y: y, size: size) }
        }
        return b.page()
    }

    @Test("Angled headers are laid level where they start: the header row reads as printed")
    func headersLevelled() throws {
        let table = try #require(LayoutEngine().layout(Self.page()).blocks.compactMap(\.table).first)
        #expect(table.rows.map { $0.map(\.text) } == Self.rows)
    }

    @Test("Upright type is left as it is")
    func uprightKept() {
        #expect(DiagonalText.levelled(Self.page(angled: false)) == nil)
    }
}
