import Testing

@testable import BrochureKit

/// Exam matrices with the categories down the side under a two-row header: levels over the
/// track columns they span.
@Suite("Exam levels over track columns")
struct ExamLevelTrackHeaderTests {
    /// `試験区分 | 大卒程度試験 (spanning 2) | 高卒程度試験 (spanning 2)`, then `| 事務系 | 技術系 | 事務系 | 技術系`,
    /// the categories, and a 合計 row of `total`.
    static func table(total: [String]) -> (page: Int, block: Block) {
        let columns: [ClosedRange<Double>] = [40...100, 110...140, 150...180, 190...220, 230...260]
        func row(_ texts: [String], _ r: Int, spans: [Int: Int] = [:]) -> [Table.Cell] {
            texts.enumerated().map { c, text in
                let y = 500 + Double(r) * 20
                let last = c + (spans[c] ?? 1) - 1
                return text.isEmpty ? Table.Cell(text: "", box: nil)
                    : Table.Cell(text: text, box: Rect(x0: columns[c].lowerBound, y0: y, x1: columns[last].upperBound, y1: y + 8), columnSpan: spans[c] ?? 1)
            }
        }
        let rows = [
            row(["試験区分", "大卒程度試験", "", "高卒程度試験", ""], 0, spans: [1: 2, 3: 2]),
            row(["", "事務系", "技術系", "事務系", "技術系"], 1),
            row(["行政", "6", "－", "－", "－"], 2),
            row(["事務", "－", "－", "6", "－"], 3),
            row(["機械", "－", "4", "－", "－"], 4),
            row(["電気・電子", "－", "3", "－", "－"], 5),
            row(["技術", "－", "－", "－", "10"], 6),
            row(["合計"] + total, 7),
        ]
        let box = Rect(x0: 40, y0: 500, x1: 260, y1: 668)
        return (1, Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: columns, rows: rows, headerRowCount: 2)))
    }

    @Test("Each count takes the level spanning its column and the track under it; 高卒程度 is the non-graduate level; 合計 is no category")
    func levelsOverTracks() throws {
        let part = SectionSegmenter.Part(kind: .examBreakdown, heading: "採用予定数（試験区分別）", headingSize: 12,
                                         blocks: [Self.table(total: ["6", "7", "6", "10"])], page: 1)
        let exam = try #require(ExamBreakdownParser().parse(part))
        #expect(exam.entries.map { "\($0.track.rawValue) \($0.level.rawValue) \($0.category) \($0.count)" } == [
            "administrative undergraduate 行政 6", "administrative undergraduate 事務 6", "technical undergraduate 機械 4",
            "technical undergraduate 電気・電子 3", "technical undergraduate 技術 10",
        ])
    }

    @Test("A 合計 row that is not the columns' sums: the matrix is misread, no entries")
    func totalMustAddUp() throws {
        let (page, block) = Self.table(total: ["6", "9", "6", "10"])
        #expect(ExamLevelTrackHeader.entries(in: try #require(block.table), page: page).isEmpty)
    }
}
