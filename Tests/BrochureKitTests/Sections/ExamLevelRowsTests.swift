import Testing

@testable import BrochureKit

/// Exam matrices with the levels down the side and the categories across, grouped under
/// track labels printed once over their columns.
@Suite("Exam levels as rows under spanning tracks")
struct ExamLevelRowsTests {
    /// Six category columns 40 wide from x = 110, the level column before them.
    static let columns: [ClosedRange<Double>] = [40...100, 110...150, 150...190, 190...230, 230...270, 270...310, 310...350]

    /// The matrix with the two track labels at `admin` and `tech` (their x0; 24 wide).
    static func table(admin: (column: Int, x0: Double), tech: (column: Int, x0: Double)) -> (page: Int, block: Block) {
        func cell(_ text: String, _ c: Int, _ r: Int, x0: Double? = nil) -> Table.Cell {
            let y = 500 + Double(r) * 20
            guard !text.isEmpty else { return Table.Cell(text: "", box: nil) }
            let box = x0.map { Rect(x0: $0, y0: y, x1: $0 + 24, y1: y + 8) } ?? Rect(x0: columns[c].lowerBound + 2, y0: y, x1: columns[c].upperBound - 2, y1: y + 8)
            return Table.Cell(text: text, box: box)
        }
        var top = (0..<7).map { cell("", $0, 0) }
        top[admin.column] = cell("事務系", admin.column, 0, x0: admin.x0)
        top[tech.column] = cell("技術系", tech.column, 0, x0: tech.x0)
        let rows = [
            top,
            ["試験", "行政", "法律", "経済", "機械", "電気・電子", "化学"].enumerated().map { cell($1, $0, 1) },
            ["大卒程度試験", "3", "2", "1", "2", "1", "1"].enumerated().map { cell($1, $0, 2) },
            ["院卒者試験", "2", "1", "－", "1", "－", "1"].enumerated().map { cell($1, $0, 3) },
        ]
        let box = Rect(x0: 40, y0: 500, x1: 350, y1: 568)
        return (1, Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: columns, rows: rows, headerRowCount: 2)))
    }

    @Test("Each track covers the run of columns it heads, centred over them or set at their start", arguments: [
        // Centred: 事務系 over 行政…経済 (110–230, middle 170), 技術系 over 機械…化学 (middle 290).
        ((2, 158.0), (5, 278.0)),
        // Set at the left of their first column.
        ((1, 112.0), (4, 232.0)),
    ])
    func spanningTracks(_ admin: (Int, Double), _ tech: (Int, Double)) throws {
        let part = SectionSegmenter.Part(kind: .examBreakdown, heading: "試験区分", headingSize: 12,
                                         blocks: [Self.table(admin: (admin.0, admin.1), tech: (tech.0, tech.1))], page: 1)
        let exam = try #require(ExamBreakdownParser().parse(part))
        let read = exam.entries.map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" }
        #expect(read == [
            "administrative undergraduate 行政 3", "administrative undergraduate 法律 2", "administrative undergraduate 経済 1",
            "technical undergraduate 機械 2", "technical undergraduate 電気・電子 1", "technical undergraduate 化学 1",
            "administrative graduate 行政 2", "administrative graduate 法律 1", "technical graduate 機械 1", "technical graduate 化学 1",
        ])
    }

    @Test("Runs of unequal width solved from centred labels; more labels than columns is no matrix")
    func runsFromLabels() {
        let columns: [ClosedRange<Double>] = (0..<6).map { Double(40 * $0)...Double(40 * $0 + 40) }
        // Two columns (middle 40), then four (middle 160).
        #expect(ExamLevelRows.runs(of: columns, labels: [Rect(x0: 28, y0: 0, x1: 52, y1: 8), Rect(x0: 148, y0: 0, x1: 172, y1: 8)]) == [0, 0, 1, 1, 1, 1])
        #expect(ExamLevelRows.runs(of: Array(columns.prefix(1)), labels: [Rect(x0: 0, y0: 0, x1: 8, y1: 8), Rect(x0: 10, y0: 0, x1: 18, y1: 8)]) == nil)
    }
}
