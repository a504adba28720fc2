import Testing

@testable import BrochureKit

/// An assignment table under a header row the layout left outside it, labels on two lines
/// (`裁判所` / `事務官`), and continued at the top of the next page without its header.
@Suite("Assignment table overleaf")
struct AssignmentOverleafTests {
    static let xs: [ClosedRange<Double>] = [40...100, 160...180, 210...230]

    static func table(_ rows: [[String]], y: Double, page: Int) -> (page: Int, block: Block) {
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: xs[c].lowerBound, y0: y + Double(r) * 20, x1: xs[c].upperBound, y1: y + Double(r) * 20 + 9))
            }
        }
        let box = Rect(x0: 40, y0: y, x1: 230, y1: y + Double(rows.count - 1) * 20 + 9)
        return (page, Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: xs, rows: cells, headerRowCount: 0)))
    }

    static func lines(_ texts: [String], x: Double, y: Double, page: Int) -> (page: Int, block: Block) {
        let lines = texts.enumerated().map { i, text in
            TextLine(text: text, box: Rect(x0: x, y0: y + Double(i) * 11, x1: x + 9 * Double(text.count), y1: y + Double(i) * 11 + 9),
                     fontSize: 9, isBold: false, orientation: .horizontal)
        }
        return (page, Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
    }

    static func part(turnNote: Bool) -> SectionSegmenter.Part {
        var blocks = [
            lines(["令和7年度採用者の配属先（人）"], x: 40, y: 40, page: 2),
            lines(["配属先"], x: 40, y: 75, page: 2), lines(["裁判所", "事務官"], x: 160, y: 70, page: 2), lines(["技術", "職員"], x: 210, y: 70, page: 2),
            lines(["事務総局"], x: 40, y: 98, page: 2),
            table([["秘書課", "2", "－"], ["経理局", "2", "4"]], y: 115, page: 2),
        ]
        if turnNote { blocks.append(lines(["（次ページに続く）"], x: 150, y: 170, page: 2)) }
        blocks += [
            table([["行政局", "1", "－"], ["情報政策課", "2", "1"]], y: 40, page: 3),
            lines(["附属機関"], x: 40, y: 82, page: 3),
            table([["司法研修所", "1", "－"], ["計", "6", "5"]], y: 100, page: 3),
        ]
        return SectionSegmenter.Part(kind: .assignments, heading: "配属先", headingSize: 14, blocks: blocks, page: 2)
    }

    @Test("Labels on two lines head the grid; the rows at the top of the next page after a page-turn note go on under them")
    func continuedOverleaf() throws {
        let record = try #require(AssignmentsParser().parse(Self.part(turnNote: true)))
        #expect(AssignmentsParserTests.read(record) == ["秘書課 2 0", "経理局 2 4", "行政局 1 0", "情報政策課 2 1", "司法研修所 1 0"])
        #expect(record.cohortFiscalYear == 2025)
        // Without the note the next page's headerless grid is another table's.
        #expect(AssignmentsParserTests.read(AssignmentsParser().parse(Self.part(turnNote: false))) == ["秘書課 2 0", "経理局 2 4"])
    }

    @Test("A block of two or three short lines is one label; a longer block is none")
    func multiLineLabel() {
        #expect(HeaderRowAbove.label(Self.lines(["裁判所", "事務官"], x: 160, y: 70, page: 1).block)?.text == "裁判所事務官")
        #expect(HeaderRowAbove.label(Self.lines(["技術職員の配属先は", "営繕課です。"], x: 160, y: 70, page: 1).block) == nil)
    }
}
