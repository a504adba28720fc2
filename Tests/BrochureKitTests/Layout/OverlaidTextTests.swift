import Testing
@testable import BrochureKit

/// Text drawn over other text: counted per page and reported, never taken for what was printed.
@Suite("Text drawn over other text")
struct OverlaidTextTests {
    /// A table row, and the same row again at `offset` with other figures when `hidden` is given.
    static func glyphs(hidden: String? = nil, offset: Double = 0, size: Double = 9) -> [Glyph] {
        var b = PageBuilder()
        b.text("令和6年度　１２（５）　３（１）", x: 60, y: 200, size: 9)
        if let hidden { b.text(hidden, x: 60 + offset, y: 200, size: size) }
        return b.page().glyphs
    }

    @Test("Last edition's row laid on this one: every character over another is counted")
    func hiddenRow() {
        // (Four characters differ, each counted over the other; the same characters are no sign.)
        #expect(OverlaidText.count(Self.glyphs(hidden: "令和5年度　１０（５）　２（０）"), em: 9) == 8)
    }

    @Test("Set type never counts: fake bold, punctuation over letters, a word printed large behind",
          arguments: [("令和6年度　１２（５）　３（１）", 0.35, 9.0), ("、、、、、、、、、、", 2.0, 9.0), ("背景", 0.0, 40.0)])
    func setType(hidden: String, offset: Double, size: Double) {
        #expect(OverlaidText.count(Self.glyphs(), em: 9) == 0)
        #expect(OverlaidText.count(Self.glyphs(hidden: hidden, offset: offset, size: size), em: 9) == 0)
    }

    @Test("A page with several characters over others is reported once, naming its pages")
    func warning() throws {
        #expect(OverlaidText.warning(counts: [(1, 0), (2, 5)]) == nil)
        let one = try #require(OverlaidText.warning(counts: [(1, 0), (2, 10)]))
        #expect(one.code == "overlaid-text" && one.page == 2 && one.message.hasPrefix("10 characters on page 2 "))
        let two = try #require(OverlaidText.warning(counts: [(1, 7), (2, 10), (3, 1)]))
        #expect(two.page == nil && two.message.hasPrefix("17 characters on pages 1–2 "))
    }
}

extension OverlaidTextTests {
    @Test("Narrow Latin letters side by side, sharing a cell of the grid, are not text over text")
    func narrowLetters() {
        var b = PageBuilder()
        for (i, scalar) in "Illinoisilliteratelittle".unicodeScalars.enumerated() {
            b.glyphs.append(Glyph(scalar: scalar, box: Rect(x0: 60 + 2.6 * Double(i), y0: 200, x1: 62.5 + 2.6 * Double(i), y1: 209), font: 0, size: 9))
        }
        #expect(OverlaidText.count(b.page().glyphs, em: 9) == 0)
    }
}
