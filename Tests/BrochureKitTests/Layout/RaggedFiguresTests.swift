import Testing
@testable import BrochureKit

/// A bar list: unit names right-aligned, each figure at the end of its own bar (holdout28's
/// kagoshima-2026 assignments, at their page's geometry).
@Suite("Figures set ragged at the ends of bars")
struct RaggedFiguresTests {
    static let bars: [(String, String, Double)] = [
        ("総務部", "7", 195.5), ("企画部", "5", 182.5), ("環境林務部", "3", 169.5), ("くらし保健福祉部", "9", 208.5),
        ("商工労働水産部", "6", 189), ("農政部", "5", 182.5), ("土木部", "4", 176), ("教育庁", "6", 189), ("地域振興局・支庁", "18", 267),
    ]

    @Test("Each unit's figure is in one column beside it, whatever its bar's length")
    func oneColumn() throws {
        var b = PageBuilder()
        for (i, (unit, figure, x)) in Self.bars.enumerated() {
            let y = 108 + Double(i) * 15
            b.text(unit, x: 140 - 8.5 * Double(unit.count), y: y, size: 8.5)
            b.text(figure, x: x, y: y, size: 8.5)
        }
        let table = try #require(LayoutEngine().layout(b.page()).blocks.compactMap(\.table).first)
        #expect(table.columns.count == 2, "\(table.columns)")
        #expect(table.rows.map { $0.map(\.text) } == Self.bars.map { [$0.0, $0.1] }, "\(table.rows.map { $0.map(\.text) })")
    }

    @Test("Columns of figures sharing a row, or under a header, stay apart")
    func sharedRowsStay() {
        let cell = { (text: String) in Table.Cell(text: text, box: nil) }
        let rows = [["総務部", "7", "", "", ""], ["企画部", "", "5", "", "2"], ["土木部", "", "", "4", ""]].map { $0.map(cell) }
        let columns: [ClosedRange<Double>] = [72...140, 169...175, 176...182, 183...189, 195...201]
        // The fifth column shares a row with the third: the run is the three before it.
        let merged = RaggedFigures.merging(rows, columns: columns)
        #expect(merged.columns.count == 3)
        #expect(merged.rows.map { $0.map(\.text) } == [["総務部", "7", ""], ["企画部", "5", "2"], ["土木部", "4", ""]])
        let headed = [["区分", "A", "B", "C", "D"].map(cell)] + rows
        #expect(RaggedFigures.merging(headed, columns: columns).columns.count == 5)
    }
}
