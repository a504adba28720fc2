import Testing

@testable import BrochureKit

/// Text colour as poppler reports it per attribute run, carried to the lines.
@Suite("Text colour")
struct TextColourTests {
    @Test("A row drawn in blue keeps its colour through extraction and layout; black text stays 0", .tags(.fixtures))
    func blueRow() throws {
        let path = FixtureFiles.root.appendingPathComponent("holdout9/fdma-2025.pdf").path
        let layout = try DocumentLayout.make(try PDFDocument(path: path))
        let lines = layout.pages[0].blocks.flatMap(\.lines)
        let planned = try #require(lines.first { $0.text.hasPrefix("2025年度") })
        let actual = try #require(lines.first { $0.text.hasPrefix("2024年度") })
        // Blue: the blue channel well above red.
        #expect(planned.color & 0xFF > (planned.color >> 16) & 0xFF + 0x40)
        #expect(actual.color == 0)
    }
}
