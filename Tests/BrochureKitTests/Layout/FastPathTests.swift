import Testing

@testable import BrochureKit

/// The shortcuts taken for speed answer exactly as the general rule they skip.
@Suite("Fast paths")
struct FastPathTests {
    @Test func linesAreEqualOnlyWhenEveryFieldIs() {
        let box = Rect(x0: 10, y0: 10, x1: 90, y1: 20)
        var line = TextLine(text: "採用実績", box: box, fontSize: 10, isBold: false, orientation: .horizontal)
        line.fontName = "IPAexGothic"
        var other = line
        #expect(line == other)
        other.text = "配属実績"
        #expect(line != other)
        other = line
        other.fontName = "IPAexMincho"
        #expect(line != other)
        other = line
        other.isBold = true
        #expect(line != other)
        other = line
        other.box.x1 += 1
        #expect(line != other)
        // Keys by line find only the same line, whatever their texts share.
        let lines = (0..<50).map { i in TextLine(text: "同じ", box: Rect(x0: 0, y0: Double(i) * 12, x1: 20, y1: Double(i) * 12 + 10), fontSize: 10, isBold: false, orientation: .horizontal) }
        let index = Dictionary(uniqueKeysWithValues: lines.enumerated().map { ($1, $0) })
        #expect(lines.enumerated().allSatisfy { index[$1] == $0 })
    }

    @Test(arguments: [
        ("採用実績", "採用実績"), ("  採用実績\u{3000}", "採用実績"), ("\n", ""), ("", ""), (" a b ", "a b"), ("\u{3000}x", "x"),
    ])
    func trimming(_ text: String, _ expected: String) {
        #expect(text.trimmingWhitespace() == expected)
    }

    @Test(arguments: [
        ("総合職 事務系", "総合職事務系"), ("Work life balance", "Work life balance"), ("法律：６名", "法律:6名"),
        ("大臣官房 秘書課 03-5253-5069", "大臣官房秘書課03-5253-5069"), ("TEL 03", "TEL 03"), ("", ""),
    ])
    func compacting(_ text: String, _ expected: String) {
        #expect(Normalized.compact(text) == expected)
    }

    @Test(arguments: [
        ("【採用実績】", "採用実績"), ("■ 配属 実績", "配属実績"), ("1. 研修制度", "研修制度"), ("採用窓口", "採用窓口"),
        ("【参考】採用実績", "採用実績"), ("▶アクセス◀", "アクセス◀"),
    ])
    func strippingTitles(_ text: String, _ expected: String) {
        #expect(SectionKind.strippedTitle(text) == expected)
    }

    @Test func fontFamilies() {
        #expect(BlockBuilder.sameFamily("ABCDEF+IPAexGothic", "ABCDEF+IPAexGothic"))
        #expect(BlockBuilder.sameFamily("ABCDEF+IPAexGothic", "GHIJKL+IPAexGothic,Bold"))
        #expect(!BlockBuilder.sameFamily("ABCDEF+IPAexGothic", "ABCDEF+IPAexMincho"))
        #expect(BlockBuilder.sameFamily("", "IPAexMincho"))
        #expect(FontInfo(name: "HiraKakuPro-W6").isBold && FontInfo(name: "MS-PGothic,Bold").isBold)
        #expect(!FontInfo(name: "IPAexGothic").isBold && !FontInfo(name: "").isBold && !FontInfo(name: "-W").isBold)
    }

    /// A glyph whose font number is outside the page's fonts (a hand-made page) is counted
    /// apart; the line takes the font most of its glyphs use, the lowest number on a tie.
    @Test func lineFontIsTheMostUsed() {
        func line(_ fonts: [Int]) -> TextLine? {
            let glyphs = fonts.enumerated().map { i, font in
                Glyph(scalar: "字", box: Rect(x0: 50 + Double(i) * 10, y0: 100, x1: 60 + Double(i) * 10, y1: 110), font: font, size: 10)
            }
            let page = Page(number: 1, width: 595, height: 842, glyphs: glyphs, fonts: [FontInfo(name: "Mincho"), FontInfo(name: "Gothic-Bold")])
            return LineBuilder(page: page).build().first
        }
        #expect(line([1, 1, 0])?.fontName == "Gothic-Bold")
        #expect(line([1, 1, 0])?.isBold == true)
        #expect(line([0, 1])?.fontName == "Mincho")
        #expect(line([7, 7, 0])?.fontName == "")
        #expect(line([7, 0, 0])?.fontName == "Mincho")
    }
}
