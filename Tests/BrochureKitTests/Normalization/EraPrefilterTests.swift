import Testing
@testable import BrochureKit

/// The byte scan that decides whether the era patterns run at all: it may let through a
/// text with no era, never hold back one with an era.
@Suite("Era prefilter")
struct EraPrefilterTests {
    @Test("Every era form the parser reads passes the prefilter", arguments: [
        "令和6年3月現在", "平成三十一年度", "令和元年", "昭和 64年", "R2", "R 2", "R元", "H31年度", "（R6.3）", "採用者数 令和５年度",
    ])
    func erasPass(_ text: String) throws {
        let normalized = try JapaneseTextNormalizer.shared.normalize(text)
        let found = try JapaneseEraParser.matches(in: text)
        #expect(!found.isEmpty)
        let may = JapaneseEraParser.mayHold(normalized)
        #expect(may.named || may.letter)
    }

    @Test("Texts without an era shape are held back", arguments: [
        "総務省の採用者数", "ROOM A-3F", "TEL 03-5253-5069", "Recruitment 2026", "H  2", "事務系 12名（うち女性5名）",
    ])
    func othersHeldBack(_ text: String) throws {
        let may = JapaneseEraParser.mayHold(try JapaneseTextNormalizer.shared.normalize(text))
        #expect(!may.named && !may.letter)
    }

    @Test("A held-back text has no era match, whatever its letters")
    func heldBackHasNoMatch() throws {
        for text in ["Hello World 2026", "SAMPLE R-2", "T.M.S", "M&A 5件", "HR部門", "R　２年"] {
            let normalized = try JapaneseTextNormalizer.shared.normalize(text)
            let may = JapaneseEraParser.mayHold(normalized)
            if !may.named && !may.letter {
                #expect(try JapaneseEraParser.matches(in: text).isEmpty, "\(text)")
            }
        }
    }
}
