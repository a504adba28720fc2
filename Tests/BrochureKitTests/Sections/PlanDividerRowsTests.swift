import Testing

@testable import BrochureKit

/// A divider row saying the rows under it are planned (`▼以下は採用予定数です▼`), the only mark
/// of a planned year with a bare label, inside the grid or under a grid the layout ended over it.
@Suite("Hiring: a divider row over the planned years")
struct PlanDividerRowsTests {
    typealias H = HiringParserTests
    typealias L = LooseLayoutsTests

    static let header = ["年度", "事務職", "うち女性", "技術職", "うち女性", "計", "うち女性"]
    static let actual = [
        ["令和5年度", "52", "25", "28", "7", "80", "32"], ["令和6年度", "49", "24", "31", "9", "80", "33"],
        ["令和7年度", "53", "26", "29", "8", "82", "34"],
    ]
    static let expectedActual = ["2023 80/32 52/25 28/7", "2024 80/33 49/24 31/9", "2025 82/34 53/26 29/8"]

    /// The actual years as a table, `line` set just under it, and a row of loose cells under that.
    static func looseRow(under line: String) -> SectionSegmenter.Part {
        var part = H.part([header] + actual, header: 1)
        // The table's columns start at 40 + 70c and are 50 wide; its box ends at y 190.
        part.blocks.append(L.block(line, x: 100, y: 195, size: 8))
        for (c, text) in ["令和8年度", "54", "－", "29", "－", "83", "－"].enumerated() {
            part.blocks.append(L.block(text, x: 40 + 70 * Double(c) + (c == 0 ? 0 : 30), y: 215))
        }
        return part
    }

    @Test("Loose cells under a divider set under the table are its planned row, each in its column")
    func looseRowUnderDivider() {
        let part = Self.looseRow(under: "▼以下は採用予定数です（女性の内訳は未定）▼")
        #expect(H.read(HiringParser().parse(part)) == Self.expectedActual + ["2026p 83/- 54/- 29/-"])
    }

    @Test("A divider row kept in the grid marks the year rows under it planned")
    func dividerInGrid() {
        let divider = ["▼以下は採用予定数です▼", "", "", "", "", "", ""]
        let planned = ["令和8年度", "54", "－", "29", "－", "83", "－"]
        let record = HiringParser().parse(H.part([Self.header] + Self.actual + [divider, planned], header: 1))
        #expect(H.read(record) == Self.expectedActual + ["2026p 83/- 54/- 29/-"])
    }

    @Test("A line under the table that says nothing of plans marks no row and takes no cells")
    func otherLineBelow() {
        #expect(H.read(HiringParser().parse(Self.looseRow(under: "※以下は内数です。"))) == Self.expectedActual)
    }
}
