import Testing

@testable import BrochureKit

/// Hiring shapes of the nineteenth blind set: one wrapped sentence per year with the plan said
/// only by the verb, and years as columns over tracks split into sub-rows that are never
/// subtotalled, labelled beside the grid, with the women only as a share of the total.
@Suite("Hiring: sentences per year, track sub-rows beside a grid")
struct HiringHoldout19Tests {
    typealias H = HiringParserTests

    static func line(_ text: String, x: Double, y: Double, width: Double = 60) -> TextLine {
        TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + width, y1: y + 9), fontSize: 9, isBold: false, orientation: .horizontal)
    }

    /// A section of paragraphs, each given as its wrapped lines.
    static func prose(_ paragraphs: [[String]]) -> SectionSegmenter.Part {
        var y = 100.0
        var blocks: [(page: Int, block: Block)] = []
        for paragraph in paragraphs {
            let lines = paragraph.map { text -> TextLine in
                defer { y += 13 }
                return line(text, x: 40, y: y, width: 240)
            }
            blocks.append((2, Block(kind: .paragraph, box: lines.map(\.box).reduce(lines[0].box) { $0.union($1) }, lines: lines)))
        }
        return SectionSegmenter.Part(kind: .hiring, heading: "採用実績", headingSize: 12, blocks: blocks, page: 2)
    }

    @Test("One sentence per year, wrapped inside its phrases: tracks, total and women; the plan said by 予定です")
    func sentences() {
        let part = Self.prose([
            ["令和3〜7年度の採用実績と令和8年度の採用予定"],
            ["● 令和5年度は、事務職72人（うち女性35人）と技術職50人", "（うち女性13人）の計122人（うち女性48人）を採用しまし", "た。"],
            ["● 令和6年度は、事務職69人（うち女性34人）と技術職56人", "（うち女性17人）の計125人（うち女性51人）を採用しまし", "た。"],
            ["● 令和7年度は、事務職74人（うち女性37人）と技術職58人", "（うち女性18人）の計132人（うち女性55人）を採用しまし", "た。"],
            ["● 令和8年度は、事務職75人、技術職60人の計135人を採用す", "る予定です。"],
            ["※令和8年度の人数は採用予定数で、女性の内訳は未定です。"],
        ])
        #expect(H.read(HiringParser().parse(part)) == [
            "2023 122/48 72/35 50/13", "2024 125/51 69/34 56/17", "2025 132/55 74/37 58/18", "2026p 135/- 75/- 60/-",
        ])
    }

    @Test("Sentences are refused when a total does not add up, a track is missing, or fewer than three read")
    func sentencesRefused() {
        let wrongTotal = Self.prose([
            ["令和5年度は、事務職72人と技術職50人の計120人を採用しました。"],
            ["令和6年度は、事務職69人と技術職56人の計125人を採用しました。"],
            ["令和7年度は、事務職74人と技術職58人の計132人を採用しました。"],
        ])
        #expect(HiringSentences.read(wrongTotal, notedPlans: []) == nil)
        let oneTrack = Self.prose([
            ["令和5年度は、事務職72人を採用しました。"], ["令和6年度は、事務職69人を採用しました。"], ["令和7年度は、事務職74人を採用しました。"],
        ])
        #expect(HiringSentences.read(oneTrack, notedPlans: []) == nil)
        let two = Self.prose([["令和5年度は、事務職72人と技術職50人を採用しました。"], ["令和6年度は、事務職69人と技術職56人を採用しました。"]])
        #expect(HiringSentences.read(two, notedPlans: []) == nil)
    }

    /// A grid of figures at x 200 on, rows 20 pt apart from y 100, and label blocks beside it.
    static func grid(_ rows: [[String]], labels: [(String, Double, Double)]) -> SectionSegmenter.Part {
        let columns: [ClosedRange<Double>] = (0..<rows[0].count).map { c in (200.0 + 60 * Double(c))...(240.0 + 60 * Double(c)) }
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: columns[c].lowerBound, y0: 100 + Double(r) * 20, x1: columns[c].upperBound, y1: 109 + Double(r) * 20))
            }
        }
        let box = Rect(x0: 200, y0: 100, x1: columns.last!.upperBound, y1: 109 + Double(rows.count - 1) * 20)
        var blocks: [(page: Int, block: Block)] = labels.map { text, x, y in
            let l = line(text, x: x, y: y, width: 30)
            return (1, Block(kind: .paragraph, box: l.box, lines: [l]))
        }
        blocks.append((1, Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: columns, rows: cells, headerRowCount: 0))))
        return SectionSegmenter.Part(kind: .hiring, heading: "採用実績", headingSize: 12, blocks: blocks, page: 1)
    }

    static let subRows: [[String]] = [
        ["実績（令和5〜7年度）", "", "", "予定"],
        ["R5", "R6", "R7", "R8"],
        ["１０人", "12人", "13人", "14人"],
        ["5人", "3人", "２人", "4人"],
        ["20人", "22人", "25人", "25人"],
        ["5人", "8人", "10人", "12人"],
        ["40人", "45人", "５０人", "55人"],
        ["35%", "40%", "33%", "－"],
    ]
    /// 事務系 and 技術系 centred on their two sub-rows each, 新卒 / キャリア beside the rows.
    static let labels: [(String, Double, Double)] = [
        ("職種", 60, 100), ("事務系", 60, 150), ("新卒", 120, 140), ("キャリア", 120, 160), ("技術系", 60, 190), ("新卒", 120, 180),
        ("キャリア", 120, 200), ("合計", 60, 220), ("女性比率", 60, 240),
    ]

    @Test("Years across, each track the sum of its sub-rows, labels beside the grid; total women from a whole share only")
    func trackSubRows() {
        #expect(H.read(HiringParser().parse(Self.grid(Self.subRows, labels: Self.labels))) == [
            "2023 40/14 15/- 25/-", "2024 45/18 15/- 30/-", "2025 50/- 15/- 35/-", "2026p 55/- 18/- 37/-",
        ])
    }

    @Test("Sub-rows whose sums miss the printed total are refused")
    func trackSubRowsRefused() {
        var rows = Self.subRows
        rows[6][1] = "46人"
        let part = Self.grid(rows, labels: Self.labels)
        let table = part.blocks.last!.block.table!
        #expect(TrackSubRowsBeside.parse(table, beside: part.blocks.map(\.block), page: 1, notedPlans: []) == nil)
        #expect(TrackSubRowsBeside.share("３５％") == 35)
        #expect(TrackSubRowsBeside.share("－") == nil)
    }
}
