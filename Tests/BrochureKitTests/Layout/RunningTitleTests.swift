import Foundation
import Testing

@testable import BrochureKit

/// A two-page brochure repeats its masthead's name in small type over page 2 only: no repeat
/// across pages marks it, the cover's masthead does (`RunningFurniture.markTitles`).
@Suite("Running titles repeating the masthead")
struct RunningTitleTests {
    static func pages(second: [(text: String, y: Double, size: Double)]) -> [PageLayout] {
        var cover = PageBuilder()
        cover.text("宇都宮市", x: 40, y: 29, size: 26, bold: true)
        cover.text("職員採用ガイド", x: 150, y: 40, size: 14)
        cover.text("令和8年4月1日現在", x: 475, y: 44, size: 8)
        cover.text("市民に最も身近な行政の現場で共に挑戦する職員を募集します。", x: 40, y: 76, size: 9)
        var inner = PageBuilder()
        for line in second { inner.text(line.text, x: line.size > 10 ? 49 : 462, y: line.y, size: line.size, bold: line.size > 10) }
        inner.text("電子申請とペーパーレス会議を進め、窓口の待ち時間を短くしています。", x: 40, y: 92, size: 9)
        return [LayoutEngine().layout(cover.page(number: 1)), LayoutEngine().layout(inner.page(number: 2))]
    }

    static func kind(of text: String, in pages: [PageLayout]) -> Block.Kind? {
        pages.flatMap(\.blocks).first { $0.lines.map(\.text).joined() == text }?.kind
    }

    @Test("The masthead's name over page 2, with the year, is a running header")
    func titleOverPageTwo() {
        var pages = Self.pages(second: [("宇都宮市職員採用ガイド 2026", 17, 8), ("宇都宮市の取組", 49, 12)])
        RunningFurniture.mark(&pages)
        #expect(Self.kind(of: "宇都宮市職員採用ガイド 2026", in: pages) == .header)
        // A section's heading in the margin band names no title, though it starts with the name.
        #expect(Self.kind(of: "宇都宮市の取組", in: pages) == .heading)
    }

    @Test("Words of the masthead set as large as it (a next cover) or missing from it are content")
    func notATitle() {
        var pages = Self.pages(second: [("宇都宮市 職員採用ガイド", 17, 26), ("宇都宮市職員採用案内 2026", 70, 8)])
        RunningFurniture.mark(&pages)
        #expect(pages[1].blocks.allSatisfy { !$0.isFurniture }, "\(pages[1].blocks.map(\.kind))")
    }

    /// utsunomiya's masthead in the top tenth of its cover; jamstec's runs on below it, to its
    /// edition line, which pages kept as text keep whole for the title's words.
    @Test("Pages kept as text mark the running title as the whole pages do", arguments: ["utsunomiya-2026", "jamstec-2026"])
    func keptForTextAgrees(name: String) throws {
        let path = FixtureFiles.root.appendingPathComponent("holdout35/\(name).pdf").path
        let whole = try DocumentLayout.make(try PDFDocument(path: path), threads: 1)
        let (kept, _) = try DocumentLayout.makeForText(try PDFDocument(path: path), threads: 1)
        #expect(kept.pages.map { $0.blocks.map(\.kind) } == whole.pages.map { $0.blocks.map(\.kind) })
        #expect(whole.pages[1].blocks.contains { $0.kind == .header && $0.box.y1 < 30 && $0.lines.count == 1 })
    }
}
