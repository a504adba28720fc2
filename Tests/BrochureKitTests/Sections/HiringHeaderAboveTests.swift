import Testing

@testable import BrochureKit

/// A hiring grid without a header row whose column labels the layout set apart above it, as
/// it does with labels set vertically (縦書き).
@Suite("Hiring header above the grid")
struct HiringHeaderAboveTests {
    static let body = [
        ["令和5年度", "5", "3", "13", "5", "18", "8"],
        ["令和6年度", "4", "2", "15", "7", "19", "9"],
        ["令和7年度（予定）", "5", "2", "14", "6", "19", "8"],
    ]

    /// The grid (no header row, top at y 100, columns 70 pt apart) and `labels` as vertical
    /// one-line blocks over the columns, their bottom 4 pt above the grid.
    static func part(_ labels: [String]) -> SectionSegmenter.Part {
        var part = HiringParserTests.part(Self.body, header: 0)
        for (c, label) in labels.enumerated() where !label.isEmpty {
            let x = 65 + 70 * Double(c)
            let box = Rect(x0: x - 4, y0: 96 - 9 * Double(label.count), x1: x + 4, y1: 96)
            part.blocks.append((1, Block(kind: .heading, box: box, lines: [TextLine(text: label, box: box, fontSize: 8, isBold: false, orientation: .vertical)])))
        }
        return part
    }

    @Test("Vertical count headers over a headerless grid name its columns, うち女性 after each count")
    func verticalHeaders() {
        let labels = ["年度", "事務系", "うち女性", "技術系", "うち女性", "合計", "うち女性"]
        #expect(HiringParserTests.read(HiringParser().parse(Self.part(labels))) == ["2023 18/8 5/3 13/5", "2024 19/9 4/2 15/7", "2025p 19/8 5/2 14/6"])
        // Labels that name no two tracks (a caption over the grid): the grid as it was.
        let table = HiringParserTests.part(Self.body, header: 0).blocks[0].block.table!
        let caption = Self.part(["", "単位：人"]).blocks.dropFirst().map(\.block)
        #expect(HeaderAbove.attach(to: table, from: caption).headerRowCount == 0)
        #expect(HeaderAbove.attach(to: table, from: Self.part(labels).blocks.dropFirst().map(\.block)).rows[0].map(\.text) == labels)
    }
}
