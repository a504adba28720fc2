import Testing

@testable import BrochureKit

/// Assignment shapes of holdout18: a leader list over two columns ending in `8／6` pairs, a
/// bar-chart-like list with the counts at the bars' ends, and a table nested by indentation
/// whose group rows carry their subtotals.
@Suite("Assignment list shapes")
struct AssignmentListShapesTests {
    static let read = AssignmentsParserTests.read

    @Test("A list over two columns, each unit ending in a pair, read column by column in the order a line names the tracks")
    func pairedColumns() {
        let rows = [
            ["本社", "8／6", "九州支社", "4／8"], ["東日本都市再生本部", "7／20", "技術研究所", "－／6"],
            ["中部支社", "5／8", "住まいセンター", "14／－"], ["西日本支社", "9／14", "", ""],
        ]
        let record = AssignmentsParser().parse(AssignmentsParserTests.part(lines: ["計　事務職57名／技術職75名"], rows: rows))
        #expect(Self.read(record) == [
            "本社 8 6", "東日本都市再生本部 7 20", "中部支社 5 8", "西日本支社 9 14", "九州支社 4 8", "技術研究所 0 6", "住まいセンター 14 0",
        ])
        // The tracks named the other way round swap the pair.
        let swapped = AssignmentsParser().parse(AssignmentsParserTests.part(lines: ["配属先（技術職／事務職）"], rows: rows))
        #expect(Self.read(swapped).first == "本社 6 8")
        #expect(PairedCountColumns.pair("2025/4") == nil)
        #expect(PairedCountColumns.order(in: ["事務系・技術系／合計"]) == nil)
    }

    /// A unit's label at `y` (its middle), right-aligned at x = 118, with a count above and below.
    static func bar(_ unit: String, _ upper: String, _ lower: String, y: Double) -> [TextLine] {
        func line(_ text: String, x: Double, mid: Double, size: Double) -> TextLine {
            let width = size * Double(text.count) * (text.allSatisfy(\.isASCII) ? 0.55 : 1)
            return TextLine(text: text, box: Rect(x0: x, y0: mid - size / 2, x1: x + width, y1: mid + size / 2), fontSize: size, isBold: false, orientation: .horizontal)
        }
        return [line(unit, x: 118 - 8.5 * Double(unit.count), mid: y, size: 8.5), line(upper, x: 130 + 4 * Double(upper.count), mid: y - 4.5, size: 7),
                line(lower, x: 128 + 3 * Double(lower.count), mid: y + 4.5, size: 7)]
    }

    @Test("Bars with the count at each end: the label between its two counts, the upper bar the legend's first track")
    func barEnds() {
        let legend = [TextLine(text: "■事務", box: Rect(x0: 310, y0: 57, x1: 333, y1: 65), fontSize: 8, isBold: false, orientation: .horizontal),
                      TextLine(text: "■技術", box: Rect(x0: 354, y0: 57, x1: 377, y1: 65), fontSize: 8, isBold: false, orientation: .horizontal)]
        let lines = legend + Self.bar("総務局", "12", "2", y: 85) + Self.bar("財政局", "10", "－", y: 111) + Self.bar("道路局", "5", "28", y: 137)
            + Self.bar("区役所", "84", "10", y: 163)
        let block = Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines)
        let part = SectionSegmenter.Part(kind: .assignments, heading: "配属実績", headingSize: 11, blocks: [(2, block)], page: 2)
        #expect(Self.read(AssignmentsParser().parse(part)) == ["総務局 12 2", "財政局 10 0", "道路局 5 28", "区役所 84 10"])
        // Without a legend the bars' order is unknown: no list.
        #expect(BarEndCounts.rows(Array(lines.dropFirst(2)), page: 2) == nil)
        // Counts on the label's own baseline are a table's row, not bars.
        let flat = legend + ["総務局", "財政局", "道路局"].enumerated().flatMap { i, unit in
            Self.bar(unit, "1", "2", y: 85 + 26 * Double(i)).map { line in
                var line = line
                line.box = Rect(x0: line.box.x0, y0: 81 + 26 * Double(i), x1: line.box.x1, y1: 89 + 26 * Double(i))
                return line
            }
        }
        #expect(BarEndCounts.rows(flat, page: 2) == nil)
    }

    @Test("Group rows nested by indentation carry their subtotals: only the innermost rows are units")
    func indentedSubtotals() {
        let rows: [(String, Double, String, String)] = [
            ("本局", 43, "5", "3"), ("総務部", 53, "3", "－"), ("総務課", 65, "2", "－"), ("人事課", 65, "1", "－"),
            ("建設部", 53, "2", "3"), ("道路計画課", 65, "1", "1"), ("河川計画課", 65, "1", "2"), ("合計", 100, "5", "3"),
        ]
        var part = AssignmentsParserTests.part(lines: ["令和7年度採用者の配属先（人）"], rows: [["配属先", "事務系", "技術系"]] + rows.map { [$0.0, $0.2, $0.3] })
        var table = part.blocks[1].block.table!
        for (r, row) in rows.enumerated() { table.rows[r + 1][0].box = Rect(x0: row.1, y0: 120 + 20 * Double(r), x1: row.1 + 30, y1: 129 + 20 * Double(r)) }
        part.blocks[1].block.table = table
        #expect(Self.read(AssignmentsParser().parse(part)) == ["総務課 2 0", "人事課 1 0", "道路計画課 1 1", "河川計画課 1 2"])
        // Indented rows whose counts do not add up are left as they are.
        let loose = [IndentedSubtotals.Row(indent: 43, counts: [4, 0]), .init(indent: 53, counts: [2, 0]), .init(indent: 53, counts: [1, 0])]
        #expect(IndentedSubtotals.groups(loose).isEmpty)
    }

    @Test("A corporation's cohort (入社者) is named; a list naming none takes the one actual hiring year its sums match")
    func cohorts() {
        #expect(AssignmentsParser.cohortYear(in: "令和7年度入社者の配属先（事務職／技術職）") == 2025)
        let assignments = AssignmentRecord(cohortFiscalYear: nil, asOf: nil, rows: [
            .init(unit: "本社", administrative: 8, technical: 6), .init(unit: "中部支社", administrative: 5, technical: 8),
        ], page: 1)
        func row(_ year: Int, _ administrative: Int, _ technical: Int, planned: Bool = false) -> HiringRecord.Row {
            HiringRecord.Row(fiscalYear: year, label: "\(year)", planned: planned, total: nil,
                             administrative: CountWithWomen(count: administrative, women: nil), technical: CountWithWomen(count: technical, women: nil), provenance: nil)
        }
        #expect(AssignmentCohort.year(of: assignments, hiring: HiringRecord(rows: [row(2024, 13, 14), row(2025, 13, 14, planned: true)], technicalScope: nil, page: 1)) == 2024)
        #expect(AssignmentCohort.year(of: assignments, hiring: HiringRecord(rows: [row(2024, 13, 15)], technicalScope: nil, page: 1)) == nil)
    }
}
