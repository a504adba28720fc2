import Testing

@testable import BrochureKit

/// One two-column table per track stacked down the page, each under a caption line of its own
/// naming the track, every table the same years.
@Suite("Hiring tables under track captions")
struct HiringTrackCaptionAboveTests {
    /// The tables `captions` name, one under the other, each 100 pt below the last, its caption
    /// a one-line block 6 pt above its top.
    static func part(_ tables: [(caption: String, rows: [[String]])]) -> SectionSegmenter.Part {
        var blocks: [(page: Int, block: Block)] = []
        for (k, item) in tables.enumerated() {
            let top = 100 + 100 * Double(k)
            let columns: [ClosedRange<Double>] = [40...110, 200...280]
            let rows = item.rows.enumerated().map { r, row in
                row.enumerated().map { c, text in
                    Table.Cell(text: text, box: Rect(x0: columns[c].lowerBound, y0: top + Double(r) * 14, x1: columns[c].upperBound, y1: top + 8 + Double(r) * 14))
                }
            }
            let box = Rect(x0: 40, y0: top, x1: 280, y1: top + 8 + Double(item.rows.count - 1) * 14)
            let captionBox = Rect(x0: 44, y0: top - 14, x1: 82, y1: top - 6)
            blocks.append((1, Block(kind: .heading, box: captionBox, lines: [TextLine(text: item.caption, box: captionBox, fontSize: 8, isBold: true, orientation: .horizontal)])))
            blocks.append((1, Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: columns, rows: rows, headerRowCount: 0))))
        }
        return SectionSegmenter.Part(kind: .hiring, heading: "採用実績", headingSize: 12, blocks: blocks, page: 1)
    }

    @Test("Each caption names its table's counts; the tables fill the same years' rows")
    func stackedTracks() {
        let tables = [
            ("【事務系】", [["令和6年度", "52名（うち女性24名）"], ["令和7年度", "55名（うち女性27名）"], ["令和8年度（見込み）", "60名"]]),
            ("【技術系】", [["令和6年度", "31名（うち女性6名）"], ["令和7年度", "28名（うち女性7名）"], ["令和8年度（見込み）", "30名"]]),
            ("【合計】", [["令和6年度", "83名（うち女性30名）"], ["令和7年度", "83名（うち女性34名）"], ["令和8年度（見込み）", "90名"]]),
        ]
        #expect(HiringParserTests.read(HiringParser().parse(Self.part(tables))) == ["2024 83/30 52/24 31/6", "2025 83/34 55/27 28/7", "2026p 90/- 60/- 30/-"])
        // A caption naming no track is no header: the table is left to the other readers.
        let table = Self.part([("単位：人", tables[0].1)]).blocks[1].block.table!
        #expect(TrackCaptionAbove.attach(to: table, from: Self.part([("単位：人", tables[0].1)]).blocks.map(\.block)) == nil)
    }
}
