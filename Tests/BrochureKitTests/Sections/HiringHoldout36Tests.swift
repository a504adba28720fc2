import Testing

@testable import BrochureKit

/// Hiring shapes of the thirty-sixth blind set: a table with years across whose header row the
/// layout left above it (two labels even joined into one line), and the same table wrapped into
/// two halves side by side, each repeating the row labels (the second `区分` heads a column of
/// no year, so the halves read as one table once their header is attached).
@Suite("Hiring: year header above the grid, halves repeating the row labels")
struct HiringHoldout36Tests {
    typealias H = HiringParserTests

    /// `rows` as a header-less table (`H.part`'s grid, columns 70 pt apart from x 40, rows 20 pt
    /// apart from y 100) with `labels` (text, x0, x1) as one-line blocks in the band above it.
    static func headed(_ rows: [[String]], labels: [(String, Double, Double)]) -> SectionSegmenter.Part {
        var part = H.part(rows, header: 0)
        for (text, x0, x1) in labels {
            let box = Rect(x0: x0, y0: 81, x1: x1, y1: 89)
            part.blocks.insert((1, Block(kind: .paragraph, box: box, lines: [TextLine(text: text, box: box, fontSize: 8, isBold: false, orientation: .horizontal)])), at: 0)
        }
        return part
    }

    static let tracks = [
        ["事務系職員", "9（5）", "11（6）", "10（5）", "13"],
        ["技術系職員", "4（1）", "5（2）", "6（2）", "7"],
        ["計", "13（6）", "16（8）", "16（7）", "20"],
    ]

    @Test("Years set above a grid of track rows head its columns, two joined on one line split by width")
    func yearsAbove() {
        let labels: [(String, Double, Double)] = [("区分", 57, 73), ("2023年度", 120, 155), ("2024年度", 190, 225), ("2025年度 2026年度（計画）", 257, 370)]
        let record = HiringParser().parse(Self.headed(Self.tracks, labels: labels))
        #expect(H.read(record) == ["2023 13/6 9/5 4/1", "2024 16/8 11/6 5/2", "2025 16/7 10/5 6/2", "2026p 20/- 13/- 7/-"])
        // The joined line's words: the first flush left, the last flush right.
        let words = YearHeaderAbove.words(of: TextLine(text: "2025年度 2026年度（計画）", box: Rect(x0: 257, y0: 81, x1: 370, y1: 89), fontSize: 8, isBold: false, orientation: .horizontal))
        #expect(words.map(\.text) == ["2025年度", "2026年度（計画）"])
        #expect(abs(words[0].mid - 274.6) < 0.5 && abs(words[1].mid - 336.4) < 0.5)
        // No labels above, or a caption rather than years: no header, nothing read.
        #expect(H.read(HiringParser().parse(Self.headed(Self.tracks, labels: []))).isEmpty)
        #expect(H.read(HiringParser().parse(Self.headed(Self.tracks, labels: [("（ ）内は女性の内数です。", 40, 140)]))).isEmpty)
    }

    static let halves = [
        ["区分", "令和3年度", "令和4年度", "区分", "令和5年度", "令和6年度（予定）"],
        ["事務", "78", "82", "事務", "88", "95"],
        ["うち女性", "34", "37", "うち女性", "41", "－"],
        ["技術", "41", "44", "技術", "45", "52"],
        ["うち女性", "9", "11", "うち女性", "12", "－"],
        ["合計", "119", "126", "合計", "133", "147"],
        ["うち女性", "43", "48", "うち女性", "53", "－"],
    ]

    @Test("Two half-tables side by side repeating the row labels are one table, left years first, header inside or above")
    func rowLabelHalves() {
        let read = ["2021 119/43 78/34 41/9", "2022 126/48 82/37 44/11", "2023 133/53 88/41 45/12", "2024p 147/- 95/- 52/-"]
        #expect(H.read(HiringParser().parse(H.part(Self.halves, header: 1))) == read)
        // Its header above the grid, as the layout leaves it: both rules together.
        let labels: [(String, Double, Double)] = [("区分", 57, 73), ("令和3年度", 110, 150), ("令和4年度", 180, 220), ("区分", 267, 283), ("令和5年度 令和6年度（予定）", 320, 440)]
        #expect(H.read(HiringParser().parse(Self.headed(Array(Self.halves.dropFirst()), labels: labels))) == read)
    }
}
