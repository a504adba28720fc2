import Testing

@testable import BrochureKit

/// Characters a font's map names by a look-alike: radicals for ideographs, a kana split from
/// its voicing mark.
@Suite("Glyph scalars")
struct GlyphScalarTests {
    @Test("A radical reads as its ideograph; any other character as itself", arguments: [
        ("\u{2F2F}", "工"), ("\u{2F64}", "用"), ("\u{2F49}", "月"), ("\u{2FD5}", "龠"), ("\u{2ED1}", "長"), ("\u{2EC4}", "西"),
        ("\u{2ED8}", "青"), ("\u{2E9F}", "母"), ("\u{2EF3}", "龟"), ("\u{2E80}", "\u{2E80}"), ("\u{2E9A}", "\u{2E9A}"), ("工", "工"),
        ("A", "A"), ("ー", "ー"),
    ])
    func unified(_ printed: String, _ read: String) {
        #expect(String(Character(GlyphScalar.unified(printed.unicodeScalars.first!))) == read)
    }

    @Test("A kana and a combining voicing mark make the kana printed; a kana that takes no such mark keeps it", arguments: [
        ("し", "\u{3099}", "じ"), ("か", "\u{3099}", "が"), ("つ", "\u{3099}", "づ"), ("と", "\u{3099}", "ど"), ("は", "\u{309A}", "ぱ"),
        ("ほ", "\u{3099}", "ぼ"), ("う", "\u{3099}", "ゔ"), ("ゝ", "\u{3099}", "ゞ"), ("カ", "\u{3099}", "ガ"), ("ヘ", "\u{309A}", "ペ"),
        ("ウ", "\u{3099}", "ヴ"), ("ワ", "\u{3099}", "ヷ"), ("ヲ", "\u{3099}", "ヺ"), ("ヽ", "\u{3099}", "ヾ"), ("チ", "\u{3099}", "ヂ"),
    ])
    func composed(_ base: String, _ mark: String, _ kana: String) {
        #expect(GlyphScalar.composed(base.unicodeScalars.first!, mark.unicodeScalars.first!).map { String(Character($0)) } == kana)
    }

    @Test("No kana for a base that takes no such mark", arguments: [("か", "\u{309A}"), ("あ", "\u{3099}"), ("ん", "\u{3099}"), ("工", "\u{3099}"), ("ワ", "\u{309A}"), ("っ", "\u{3099}")])
    func notComposed(_ base: String, _ mark: String) {
        #expect(GlyphScalar.composed(base.unicodeScalars.first!, mark.unicodeScalars.first!) == nil)
        #expect(GlyphScalar.isCombiningMark(mark.unicodeScalars.first!))
    }

    @Test("A page whose character map names radicals and splits voiced kana reads as printed, glyph by glyph")
    func pagesReadAsPrinted() throws {
        for path in ["Fixtures/holdout62/muroran-it-2026.pdf", "Fixtures/holdout63/fujimino-2026.pdf", "Fixtures/holdout63/ishinomaki-suido-2026.pdf"] {
            let document = try PDFDocument(path: path)
            for n in 1...document.pageCount {
                let glyphs = try document.page(n).glyphs
                #expect(!glyphs.isEmpty)
                #expect(!glyphs.contains { (0x2E80...0x2FD5).contains($0.scalar.value) || GlyphScalar.isCombiningMark($0.scalar) }, "\(path) p\(n)")
            }
        }
    }

    @Test("A symbol font's private-use bullet is the mark it draws; a code of another font, or no bullet, is not mapped")
    func symbolBullets() {
        #expect(GlyphScalar.symbol("\u{F06C}", font: "ABCDEF+Wingdings-Regular") == "●")
        #expect(GlyphScalar.symbol("\u{F075}", font: "Wingdings") == "◆")
        #expect(GlyphScalar.symbol("\u{F0B7}", font: "Symbol") == "•")
        #expect(GlyphScalar.symbol("\u{F06C}", font: "IPAexGothic") == nil && GlyphScalar.symbol("\u{F041}", font: "Wingdings") == nil)
        #expect(GlyphScalar.isVariationSelector("\u{E0100}") && GlyphScalar.isVariationSelector("\u{FE0F}") && !GlyphScalar.isVariationSelector("者"))
    }

    @Test("Bullets in Wingdings and characters with variation selectors read as a reader reads them")
    func symbolsAndVariants() throws {
        for path in ["Fixtures/holdout64/yokohama-pps-2026.pdf", "Fixtures/holdout64/toyama-u-2026.pdf"] {
            let document = try PDFDocument(path: path)
            for n in 1...document.pageCount {
                let glyphs = try document.page(n).glyphs
                #expect(!glyphs.contains { (0xE000...0xF8FF).contains($0.scalar.value) || GlyphScalar.isVariationSelector($0.scalar) }, "\(path) p\(n)")
            }
        }
        let text = try LayoutEngine().layout(PDFDocument(path: "Fixtures/holdout64/yokohama-pps-2026.pdf").page(2)).textLines
        #expect(text.contains("◆ テレワーク") && text.contains { $0.hasPrefix("● 育児休業") }, "\(text)")
    }
}
