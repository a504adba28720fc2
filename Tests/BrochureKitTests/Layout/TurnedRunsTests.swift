import Testing
@testable import BrochureKit

/// Latin text turned a quarter clockwise to run down a vertical line: a phone number or an
/// e-mail address after its upright label in a vertical contact card.
@Suite("Turned runs in vertical lines")
struct TurnedRunsTests {
    /// Glyphs as poppler gives text turned a quarter clockwise: each box as wide as the type is
    /// high and as tall as the glyph's advance, each straight under the one before.
    static func turned(_ text: String, x: Double, y: Double, size: Double = 9, into b: inout PageBuilder) {
        var cursor = y
        for scalar in text.unicodeScalars {
            let advance = size * ("-.".unicodeScalars.contains(scalar) ? 0.3 : "mw@".unicodeScalars.contains(scalar) ? 0.9 : 0.55)
            b.glyphs.append(Glyph(scalar: scalar, box: Rect(x0: x, y0: cursor, x1: x + size, y1: cursor + advance), font: 0, size: size))
            cursor += advance
        }
    }

    @Test("A phone number and an address turned after their labels join the vertical lines they stand in")
    func turnedAfterLabels() {
        var b = PageBuilder()
        b.vertical("お問い合わせ", x: 540, y: 80, size: 9)
        b.vertical("電話", x: 520, y: 80, size: 9)
        Self.turned("029-853-8552", x: 520, y: 98, into: &b)
        b.vertical("メール", x: 502, y: 80, size: 9)
        Self.turned("mri-saiyo@mri-jma.go.jp", x: 502, y: 107, into: &b)
        let lines = LineBuilder(page: b.page()).build()
        let texts = lines.map(\.text)
        #expect(texts.contains("電話029-853-8552"), "\(texts)")
        #expect(texts.contains("メールmri-saiyo@mri-jma.go.jp"), "\(texts)")
        #expect(lines.allSatisfy { $0.orientation == .vertical })
    }

    @Test("Turned words keep the gaps between them")
    func turnedWords() {
        var b = PageBuilder()
        Self.turned("Recruitment", x: 300, y: 100, into: &b)
        Self.turned("brochure", x: 300, y: b.glyphs.last!.box.y1 + 3, into: &b)
        #expect(LineBuilder(page: b.page()).build().map(\.text) == ["Recruitment brochure"])
    }

    @Test("Upright letters stacked in a column are no turned run; nor two turned glyphs, nor bullets stacked tight; three turned figures are")
    func uprightStacksStayApart() {
        var b = PageBuilder()
        for (i, letter) in ["A", "B", "C", "D"].enumerated() { b.text(letter, x: 100, y: 100 + Double(i) * 10, size: 10) }
        Self.turned("07", x: 300, y: 100, into: &b)
        Self.turned("029", x: 400, y: 100, into: &b)
        // Bullets stacked tight, as wide as they are tall: marks a vertical line sets upright.
        for i in 0..<3 { b.glyphs.append(Glyph(scalar: "●", box: Rect(x0: 200, y0: 100 + Double(i) * 8, x1: 209, y1: 108 + Double(i) * 8), font: 0, size: 9)) }
        let glyphs = b.page().glyphs
        #expect(LineBuilder.turnedDown(glyphs).map { glyphs[$0].scalar }.sorted() == ["0", "2", "9"])
        #expect(LineBuilder(page: b.page()).build().filter { $0.orientation == .vertical }.map(\.text) == ["029"])
    }
}
