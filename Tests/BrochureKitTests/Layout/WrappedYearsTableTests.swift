import Testing
@testable import BrochureKit

/// A table of years wrapped into two halves side by side under one repeated header, the years
/// running on from the left half into the right: read down the first half, then the second.
@Suite("A table of years wrapped into two halves")
struct WrappedYearsTableTests {
    /// `年度 | 事務系 | 技術系 | 計` twice; the right half's last two header cells set close
    /// enough to be read as one line (`技術系 計`), as they often are.
    static func page(labels: [String]) -> PageBuilder {
        var b = PageBuilder()
        for (half, x) in [(0, 44.0), (1, 309.0)] {
            b.text("年度", x: x, y: 100, size: 9)
            b.text("事務系", x: x + 96, y: 100, size: 9)
            b.text("技術系", x: x + 148, y: 100, size: 9)
            b.text("計", x: half == 0 ? x + 216 : x + 185, y: 100, size: 9)
            for r in 0..<3 {
                let y = 118 + Double(r) * 18
                b.text(labels[half * 3 + r], x: x, y: y, size: 9)
                b.text("\(6 + r)（\(3 + r)）", x: x + 100, y: y, size: 9)
                b.text("\(2 + r)（1）", x: x + 152, y: y, size: 9)
                b.text("\(8 + 2 * r)（\(4 + r)）", x: half == 0 ? x + 212 : x + 200, y: y, size: 9)
            }
        }
        return b
    }

    @Test("Years running on from one half into the other: two tables, the earlier years first")
    func yearsRunOn() throws {
        let labels = ["令和3年度", "令和4年度", "令和5年度", "令和6年度", "令和7年度", "令和8年度"]
        let blocks = LayoutEngine().layout(Self.page(labels: labels).page()).blocks
        let tables = blocks.compactMap(\.table)
        #expect(tables.count == 2, "\(blocks.map { $0.lines.map(\.text) })")
        #expect(tables.first?.rows.dropFirst().map { $0.first?.text } == ["令和3年度", "令和4年度", "令和5年度"], "\(tables.map { $0.rows.map { $0.map(\.text) } })")
    }

    @Test("Halves whose labels do not run on stay one table, read across")
    func labelsNotInSequence() {
        let labels = ["総務課", "企画課", "人事課", "会計課", "管理課", "調整課"]
        let blocks = LayoutEngine().layout(Self.page(labels: labels).page()).blocks
        #expect(blocks.compactMap(\.table).count == 1, "\(blocks.map { $0.lines.map(\.text) })")
    }
}
