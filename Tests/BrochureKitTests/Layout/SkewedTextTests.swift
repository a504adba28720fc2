import Testing
@testable import BrochureKit

/// A section tilted a few degrees on a diagonal band: each word level (as poppler gives it),
/// the words of a row climbing from column to column.
@Suite("Skewed text")
struct SkewedTextTests {
    static let rows = [
        ["年度", "事務系", "技術系", "合計"], ["2021年度", "30（16）", "12（4）", "42（20）"], ["2022年度", "33（18）", "14（5）", "47（23）"],
        ["2023年度", "31（17）", "15（6）", "46（23）"], ["2024年度", "34（19）", "13（5）", "47（24）"], ["2025年度", "36（20）", "16（7）", "52（27）"],
    ]

    /// The table's words placed on a grid turned `degrees` counter-clockwise about (270, 330),
    /// in reading order (poppler's), each word's glyphs on one level box.
    static func page(degrees: Double) -> Page {
        let t = degrees * Double.pi / 180
        // cos and sin by their series: enough for a few degrees.
        let c = 1 - t * t / 2 + t * t * t * t / 24, s = t - t * t * t / 6
        var b = PageBuilder()
        b.text("採用実績", x: 40, y: 200, size: 12, bold: true)
        for (r, row) in rows.enumerated() {
            for (k, word) in row.enumerated() {
                let u = -180 + Double(k) * 110, v = -40 + Double(r) * 15
                b.text(word, x: 270 + u * c + v * s, y: 330 - u * s + v * c, size: 8.5)
            }
        }
        b.text("※2026年度は採用予定数です。", x: 40, y: 460, size: 8)
        return Page(number: 1, width: b.width, height: b.height, glyphs: b.glyphs, fonts: b.fonts)
    }

    static func tables(_ page: Page) -> [[[String]]] {
        LayoutEngine().layout(page).blocks.compactMap(\.table).map { $0.rows.map { $0.map(\.text) } }
    }

    @Test("A table tilted 4° is turned level and read row by row")
    func tiltedTable() throws {
        let tables = Self.tables(Self.page(degrees: 4))
        let table = try #require(tables.first, "\(tables)")
        #expect(table == Self.rows, "\(tables)")
    }

    @Test("The same table tilted the other way, falling to the right, is read too")
    func fallingTable() {
        #expect(Self.tables(Self.page(degrees: -5)).first == Self.rows)
    }

    @Test("Upright text is left as it is")
    func uprightUntouched() {
        #expect(SkewedText.deskewed(Self.page(degrees: 0)) == nil)
    }
}
