import Testing

@testable import BrochureKit

/// Counts whose women stand on a second line in the cell, as a note under the table says.
@Suite("Women on a cell's second line")
struct WomenBelowTests {
    @Test("A note saying the lower line holds the women declares the convention; a bracket note still declares its own",
          arguments: [
            ("※上段は採用者数、下段はそのうち女性の数です。", Headcount.Convention.womenBelow),
            ("上段：採用者数　下段：うち女性", .womenBelow),
            ("※（ ）内は女性の数で内数です。", .womenIncluded),
          ])
    func footnote(text: String, convention: Headcount.Convention) {
        #expect(Headcount.convention(inFootnote: text) == convention)
    }

    @Test("A note about the lower line that names no women declares nothing")
    func lowerLineOfSomethingElse() {
        #expect(Headcount.convention(inFootnote: "※下段は前年度の数値です。") == nil)
    }

    @Test("Under the convention two figures are the count over its women; one figure is a count alone")
    func stackedCells() throws {
        #expect(try Headcount.parse("2 1", convention: .womenBelow) == Headcount(count: 2, women: 1))
        #expect(try Headcount.parse("3", convention: .womenBelow) == Headcount(count: 3, women: nil))
        #expect(throws: NormalizationError.self) { try Headcount.parse("2 1", convention: .womenIncluded) }
        #expect(throws: NormalizationError.self) { try Headcount.parse("1 2", convention: .womenBelow) }
    }
}
