import Testing

@testable import BrochureKit

/// Text typed onto a page as a FreeText annotation, laid out in its rectangle.
@Suite("Typed annotations")
struct TypedAnnotationTests {
    @Test("One line per line of the text, top down, a full-width character an em wide and any other half, no wider than the box")
    func layout() throws {
        let typed = TypedAnnotation(text: "TEL 088-621-3200\n総務担当", box: Rect(x0: 300, y0: 200, x1: 420, y1: 230))
        let glyphs = typed.glyphs(font: 3)
        #expect(String(String.UnicodeScalarView(glyphs.map(\.scalar))) == "TEL088-621-3200総務担当")
        let size = try #require(glyphs.first?.size)
        #expect(size <= 0.7 * 15 + 1e-9 && glyphs.allSatisfy { $0.font == 3 && $0.size == size })
        #expect(glyphs.allSatisfy { $0.box.x0 >= 300 && $0.box.x1 <= 420 + 1e-9 && $0.box.y0 >= 200 && $0.box.y1 <= 230 })
        let so = try #require(glyphs.first { $0.scalar == "総" }), t = try #require(glyphs.first)
        #expect(so.box.y0 > t.box.y1 && so.box.width == size && t.box.width == size / 2)
        // The space is a gap, no glyph: `L` and `0` stand a half em apart.
        let l = try #require(glyphs.first { $0.scalar == "L" }), zero = try #require(glyphs.first { $0.scalar == "0" })
        #expect(abs(zero.box.x0 - l.box.x1 - size / 2) < 1e-9)
        #expect(TypedAnnotation(text: " ", box: Rect(x0: 0, y0: 0, x1: 10, y1: 10)).glyphs(font: 0).isEmpty)
    }

    @Test("The phone and e-mail typed onto a page as annotations are read with its text, where they stand")
    func readWithThePage() throws {
        let page = try PDFDocument(path: "Fixtures/holdout59/tokushima-kigyo-2026.pdf").page(2)
        let text = LayoutEngine().layout(page).textLines
        let office = try #require(text.firstIndex { $0.contains("経営企画戦略課") })
        #expect(text[office + 1] == "TEL 088-621-3200・3201" && text[office + 2] == "E-mail kigyoukyoku@pref.tokushima.lg.jp", "\(text)")
    }
}
