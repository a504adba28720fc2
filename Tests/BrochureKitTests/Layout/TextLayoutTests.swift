import Testing

@testable import BrochureKit

/// `brochure text` keeps each page as the text it prints (`DocumentLayout.makeForText`), so a
/// long document no longer holds every page whole; it prints what the whole pages print.
@Suite("Pages kept as their text")
struct TextLayoutTests {
    /// The committed brochures, and a document whose tabs down the page's edge have its pages
    /// laid out again (holdout28's hamamatsu-2026).
    static let paths = FixtureFiles.brochures.map(FixtureFiles.pdf)
        + [FixtureFiles.root.appendingPathComponent("holdout28/hamamatsu-2026.pdf").path]

    @Test("Pages kept as text print as the whole pages do, with and without furniture, and warn alike", arguments: paths)
    func samePrint(path: String) throws {
        let whole = try DocumentLayout.make(try PDFDocument(path: path), threads: 1)
        let (kept, unmapped) = try DocumentLayout.makeForText(try PDFDocument(path: path), threads: 2)
        for furniture in [false, true] {
            let renderer = TextRenderer(includeFurniture: furniture)
            #expect(renderer.render(kept) == renderer.render(whole))
        }
        #expect(unmapped == UnmappedText.warning(for: whole))
        #expect(kept.pages.map { $0.blocks.map(\.kind) } == whole.pages.map { $0.blocks.map(\.kind) })
    }

    @Test("A block that cannot be furniture keeps one line of text and no cells; one that can stays whole")
    func blocksReleased() throws {
        let path = FixtureFiles.pdf("soumu-2025")
        let whole = try DocumentLayout.make(try PDFDocument(path: path), threads: 1)
        let (kept, _) = try DocumentLayout.makeForText(try PDFDocument(path: path), threads: 1)
        var released = 0
        for (page, wholePage) in zip(kept.pages, whole.pages) {
            for (block, wholeBlock) in zip(page.blocks, wholePage.blocks) {
                if RunningFurniture.mayMark(wholeBlock, wholePage) {
                    #expect(block == wholeBlock)
                } else {
                    #expect(block.lines.count <= 1 && block.table == nil && block.box == wholeBlock.box)
                    released += wholeBlock.lines.count > 1 || wholeBlock.table != nil ? 1 : 0
                }
            }
        }
        #expect(released > 0)
    }

    @Test("The readings taken beside the segmenter are the ones taken one after another")
    func readingsOnTwoThreads() throws {
        let layout = try DocumentLayout.make(try PDFDocument(path: FixtureFiles.pdf("mhlw-2025")), threads: 1)
        let one = DocumentReadings.read(layout, threads: 1)
        let two = DocumentReadings.read(layout, threads: 2)
        #expect(one.parts.map(\.kind) == two.parts.map(\.kind) && !one.parts.isEmpty)
        #expect(one.parts.map(\.heading) == SectionSegmenter().segment(layout).map(\.heading))
        #expect(one.edition == two.edition && one.edition == EditionFinder.find(layout))
        #expect(one.unmapped == UnmappedText.warning(for: layout))
        #expect(one.publisher.scores == OrganizationFinder.scores(layout) && one.publisher.coverTitle == CoverTitle.organization(layout))
    }
}
