import Testing

@testable import BrochureKit

/// Text poppler could not map: counted, and reported only above 1% and 20 characters.
@Suite("Unmapped text")
struct UnmappedTextTests {
    static func layout(_ lines: [String]) -> DocumentLayout {
        let textLines = lines.map {
            TextLine(text: $0, box: Rect(x0: 0, y0: 0, x1: 10, y1: 10), fontSize: 10, isBold: false, orientation: .horizontal)
        }
        let block = Block(kind: .paragraph, box: Rect(x0: 0, y0: 0, x1: 10, y1: 10), lines: textLines)
        let page = PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 10, isVertical: false, blocks: [block])
        return DocumentLayout.onePage(page)
    }

    @Test func japaneseAndItsSignsAreMapped() {
        for text in ["採用実績 55（20）名", "東京都千代田区 Tōkyō", "×2 ±0 10° © ®", "“quotes” — • … €", "café"] {
            #expect(!text.unicodeScalars.contains(where: UnmappedText.isUnmapped), "\(text)")
        }
        #expect(UnmappedText.warning(for: Self.layout(["採用実績", "総務省 大臣官房秘書課 03-5253-5069"])) == nil)
    }

    @Test func garbageIsCounted() {
        for text in ["„Ý¨Þßàá", "‡ˆ™", "\u{E000}", "\u{FFFD}", "\u{0001}"] {
            #expect(text.unicodeScalars.allSatisfy(UnmappedText.isUnmapped), "\(text)")
        }
        let warning = UnmappedText.warning(for: Self.layout(["„Ý¨Þßàá âãäåæç", "øTELù03-5253-5069 ú ¼ÝÞßàáâã"]))
        #expect(warning?.code == "unmapped-text")
        #expect(warning?.page == 1)
        #expect(warning?.message.hasPrefix("61.5% of the text (24 of 39 characters, on page 1)") == true)
    }

    @Test func aStraySignIsNotGarbage() {
        let text = String(repeating: "採用実績", count: 50) + "™"
        #expect(UnmappedText.warning(for: Self.layout([text])) == nil)
    }

    @Test func pageLists() {
        #expect(UnmappedText.describe([3]) == "page 3")
        #expect(UnmappedText.describe([1, 2, 3, 4]) == "pages 1–4")
        #expect(UnmappedText.describe([1, 3, 7]) == "pages 1, 3 and 7")
        #expect(UnmappedText.describe(Array(stride(from: 1, through: 23, by: 2))) == "12 pages")
    }

    @Test("The fast paths answer as the Unicode property tables do, for every code point")
    func fastPathsAgreeWithTheTables() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if UnmappedText.isWhitespace(scalar) != scalar.properties.isWhitespace
                || UnmappedText.isUnmapped(scalar) != UnmappedText.isUnmappedByProperties(scalar)
            {
                disagreements.append(value)
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { String($0, radix: 16) })")
    }
}
