@testable import BrochureKit

/// Builds synthetic pages glyph by glyph, so layout rules can be tested on exact geometry.
struct PageBuilder {
    var glyphs: [Glyph] = []
    var fonts: [FontInfo] = [FontInfo(name: "IPAexMincho"), FontInfo(name: "IPAexGothic-Bold")]
    let width: Double
    let height: Double

    init(width: Double = 595, height: Double = 842) {
        self.width = width
        self.height = height
    }

    /// Draws `text` horizontally from (x, y) top-left; CJK glyphs are one em wide, others half.
    mutating func text(_ text: String, x: Double, y: Double, size: Double = 10, bold: Bool = false) {
        var cursor = x
        for scalar in text.unicodeScalars {
            let advance = Script.isCJK(scalar) ? size : size * 0.5
            if scalar != " " && scalar != "\u{3000}" {
                glyphs.append(
                    Glyph(scalar: scalar, box: Rect(x0: cursor, y0: y, x1: cursor + advance, y1: y + size),
                          font: bold ? 1 : 0, size: size))
            }
            cursor += advance
        }
    }

    /// Draws `text` top to bottom from (x, y), one glyph per row (縦書き).
    mutating func vertical(_ text: String, x: Double, y: Double, size: Double = 10, bold: Bool = false) {
        for (i, scalar) in text.unicodeScalars.enumerated() {
            let top = y + Double(i) * size
            glyphs.append(Glyph(scalar: scalar, box: Rect(x0: x, y0: top, x1: x + size, y1: top + size), font: bold ? 1 : 0, size: size))
        }
    }

    /// Draws `text` climbing the page from its bottom end at (x, bottom), turned a quarter
    /// counter-clockwise as poppler gives it: glyphs in reading order, each box as wide as the
    /// type is high.
    mutating func climbing(_ text: String, x: Double, bottom: Double, size: Double = 8) {
        var cursor = bottom
        for scalar in text.unicodeScalars {
            let advance = Script.isCJK(scalar) ? size : size * 0.5
            if scalar != " " { glyphs.append(Glyph(scalar: scalar, box: Rect(x0: x, y0: cursor - advance, x1: x + size, y1: cursor), font: 0, size: size)) }
            cursor -= advance
        }
    }

    /// Draws `text` turned round with its first glyph's right edge at `right`, as poppler
    /// gives it: glyphs in reading order, each one left of the one before.
    mutating func turnedRound(_ text: String, right: Double, y: Double, size: Double = 9) {
        var cursor = right
        for scalar in text.unicodeScalars {
            let advance = Script.isCJK(scalar) ? size : size * 0.5
            if scalar != " " { glyphs.append(Glyph(scalar: scalar, box: Rect(x0: cursor - advance, y0: y, x1: cursor, y1: y + size), font: 0, size: size)) }
            cursor -= advance
        }
    }

    /// The page with its glyphs in a scrambled order, as a content stream might hold them.
    func page(number: Int = 1, seed: UInt64 = 42) -> Page {
        var generator = SplitMix(seed: seed)
        return Page(number: number, width: width, height: height, glyphs: glyphs.shuffled(using: &generator), fonts: fonts)
    }
}

/// A seeded generator so shuffled test pages are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension PageLayout {
    /// The page's text as `brochure text` prints it, split into non-empty lines.
    var textLines: [String] {
        var out = ""
        TextRenderer().render(self, into: &out)
        return out.split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" }).map(String.init)
    }
}
