import Testing

@testable import BrochureKit

/// The region segmenter works on line indices and counts without copying lines; each shortcut
/// answers as the plain computation on the lines does.
@Suite("Segmenter on indices")
struct SegmenterIndexTests {
    static func line(_ text: String, x: Double, y: Double, width: Double, height: Double = 10) -> TextLine {
        TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + width, y1: y + height), fontSize: height, isBold: false, orientation: .horizontal)
    }

    /// Two columns of three rows, a full-width heading above and a footnote below; one row
    /// tight under the row above (within 0.2 em: the same slice).
    static let lines = [
        line("見出し", x: 10, y: 10, width: 200),
        line("左1", x: 10, y: 40, width: 60), line("右1", x: 120, y: 40, width: 60),
        line("左2", x: 10, y: 51, width: 60), line("右2", x: 120, y: 60, width: 60),
        line("左3", x: 10, y: 80, width: 60), line("右3", x: 120, y: 80, width: 60),
        line("注", x: 10, y: 120, width: 30),
    ]

    @Test("A region in any order is sliced at full-width gaps, top to bottom, ties in region order")
    func slices() {
        let page = PageLines(lines: Self.lines, flows: [:], sectionNames: [])
        let region = [6, 2, 0, 7, 4, 1, 5, 3]
        let slices = page.slices(region)
        #expect(slices == [[0], [2, 1, 3, 4], [6, 5], [7]])
        // The same lines sorted as lines, then split where nothing above reaches within 0.2 em.
        let sorted = region.map { Self.lines[$0] }.sorted { $0.box.y0 < $1.box.y0 }
        #expect(slices.flatMap { $0 }.map { Self.lines[$0] } == sorted)
        #expect(page.slices([]).isEmpty)
    }

    @Test("Bounds, unit and gutters of a region are those of its lines")
    func geometry() {
        let page = PageLines(lines: Self.lines, flows: [:], sectionNames: ["見出し"])
        let region = [3, 1, 2, 4]
        #expect(page.bounds(region) == 10...180)
        #expect(page.em(region) == 10)
        #expect(page.gutters(region, bounds: 0...200, minimum: 8).intervals == [0...10, 70...120, 180...200])
        #expect(page.gutters(region, bounds: page.bounds(region), minimum: 8).intervals == [70...120])
        #expect(page.gutters(region, bounds: 0...200, minimum: 8).interior(page.bounds(region)) == [70...120])
        #expect(page.namesSection == [true, false, false, false, false, false, false, false])
        #expect(page.lines([7, 0]) == [Self.lines[7], Self.lines[0]])
    }

    @Test("Cells are counted as they are grouped: stacked lines once, neighbours apart")
    func cells() {
        let band = RowBand(lines: [
            Self.line("c", x: 200, y: 0, width: 20), Self.line("a", x: 0, y: 0, width: 50),
            Self.line("a2", x: 10, y: 11, width: 30), Self.line("b", x: 100, y: 0, width: 40),
            // Starts 0.05 em before the end of `c`: within the 0.1 em allowed, a cell of its own.
            Self.line("d", x: 219.5, y: 0, width: 20),
        ])
        let groups = band.horizontalGroups()
        #expect(groups.map { $0.map(\.text) } == [["a", "a2"], ["b"], ["c"], ["d"]])
        #expect(band.cellCount == groups.count)
        #expect(RowBand(lines: [Self.line("x", x: 0, y: 0, width: 10)]).cellCount == 1)
    }

    @Test(arguments: [
        "", "採用実績", "【配属実績】", "総合職（事務系）の採用者", "１２３４５６７８９０１２", "１２３４５６７８９０１２３",
        "abcdefghijkl", "abcdefghijklm", "か\u{3099}き\u{3099}く\u{3099}け\u{3099}こ\u{3099}さ\u{3099}し\u{3099}",
        "ｶﾞｷﾞｸﾞｹﾞｺﾞｻﾞｼﾞ", "👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦", "🇯🇵🇯🇵🇯🇵🇯🇵🇯🇵🇯🇵🇯🇵", "\r\n\r\n\r\n\r\n\r\n\r\n\r\n",
        "한국어한국어한국어한국어한", "\u{1100}\u{1161}\u{11A8}\u{1100}\u{1161}\u{11A8}\u{1100}\u{1161}\u{11A8}\u{1100}\u{1161}\u{11A8}\u{1100}",
        "〰\u{FE0F}〰\u{FE0F}〰\u{FE0F}〰\u{FE0F}〰\u{FE0F}〰\u{FE0F}〰", "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}",
        "採用\u{302A}実績採用実績採用実績採用実績",
    ])
    func characterBound(_ text: String) {
        for limit in 0...16 {
            #expect(CharacterBound.atMost(limit, text) == (text.count <= limit), "limit \(limit)")
        }
    }

    @Test("The scalars taken as characters of their own are: beside any of them, or an ASCII letter")
    func ownCharacters() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x3000...0x3029, 0x3041...0x3096, 0x30A0...0x30FF, 0x4E00...0x9FFF, 0xFF01...0xFF9D]
        let partners = ranges.flatMap { [$0.lowerBound, ($0.lowerBound + $0.upperBound) / 2, $0.upperBound] }.compactMap { Unicode.Scalar($0) }
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(CharacterBound.alwaysOwnCharacter(scalar))
                for partner in partners where "\(scalar)\(partner)".count != 2 || "\(partner)\(scalar)".count != 2 {
                    Issue.record("U+\(String(value, radix: 16)) joins U+\(String(partner.value, radix: 16))")
                }
            }
        }
        // Marks that join the character before them are left out.
        for value: UInt32 in [0x302A, 0x3030, 0x303D, 0x3099, 0x309A, 0xFF9E, 0xFF9F, 0x0A, 0x0D, 0x200D, 0xFE0F] {
            #expect(!CharacterBound.alwaysOwnCharacter(Unicode.Scalar(value)!))
        }
    }
}
