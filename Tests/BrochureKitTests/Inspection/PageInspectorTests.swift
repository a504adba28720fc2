import Foundation
import Testing
@testable import BrochureKit

/// `inspect` draws what the layout found where the layout found it.
@Suite("Page inspector")
struct PageInspectorTests {
    static let scale = 2.0

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("inspect-\(UUID().uuidString)-\(name)").path
    }

    /// Whether a pixel within `radius` of (x, y) (page points) is the colour of `color`.
    static func drawn(_ color: OverlayColor, near x: Double, _ y: Double, in image: RasterImage, radius: Int = 2) -> Bool {
        let px = Int(x * scale), py = Int(y * scale)
        for dx in -radius...radius {
            for dy in -radius...radius {
                guard let c = image.color(x: px + dx, y: py + dy) else { continue }
                if abs(c.red - color.red) < 0.2 && abs(c.green - color.green) < 0.2 && abs(c.blue - color.blue) < 0.2 { return true }
            }
        }
        return false
    }

    @Test("The overlay numbers the content blocks in reading order and grids every table")
    func overlayModel() throws {
        let document = try PDFDocument(path: FixtureFiles.pdf("soumu-2025"))
        let overlay = try PageInspector().overlay(document, page: 1)
        let layout = try DocumentLayout.make(try PDFDocument(path: FixtureFiles.pdf("soumu-2025")))
        let page = layout.pages[0]
        #expect(overlay.blocks.count == page.blocks.count)
        #expect(overlay.blocks.compactMap(\.order) == Array(1...page.blocks.filter { !$0.isFurniture }.count))
        // The running header of this three-page edition is furniture: drawn, but not numbered.
        #expect(overlay.blocks.contains { $0.order == nil && $0.kind == .header })
        let tables = page.blocks.compactMap(\.table)
        #expect(overlay.tables.count == tables.count)
        for (grid, table) in zip(overlay.tables, tables) {
            #expect(grid.columnLines.count == table.columns.count - 1)
            #expect(grid.rowLines.count == table.rows.count - 1)
            #expect(grid.columnLines.allSatisfy { $0 > table.box.x0 && $0 < table.box.x1 })
        }
        #expect(Set(overlay.sections.map(\.name)).isSuperset(of: ["hiring", "contacts"]))
    }

    @Test("Each table's frame and column lines are drawn where the layout has them, not in the page itself")
    func tableFramesInPixels() throws {
        let path = Self.temporary("page.png")
        defer { unlink(path) }
        let document = try PDFDocument(path: FixtureFiles.pdf("soumu-2024"))
        let overlay = try PageInspector(scale: Self.scale).write(document, page: 1, format: .png, to: path)
        let image = try #require(RasterImage(png: path))
        #expect(image.width == Int((overlay.width * Self.scale).rounded(.up)))
        #expect(image.height == Int(((overlay.height + OverlayPainter.legendHeight) * Self.scale).rounded(.up)))

        // The same page drawn without the overlay, to show the colour comes from the overlay.
        let plainPath = Self.temporary("plain.png")
        defer { unlink(plainPath) }
        let canvas = try #require(CairoCanvas(kind: .png, width: overlay.width, height: overlay.height, scale: Self.scale))
        try document.render(1, into: canvas)
        #expect(canvas.write(png: plainPath) == nil)
        let plain = try #require(RasterImage(png: plainPath))

        let green = OverlayColor.block(.table)
        #expect(overlay.tables.count == 3)
        for grid in overlay.tables {
            let middle = (grid.box.y0 + grid.box.y1) / 2
            #expect(Self.drawn(green, near: grid.box.x0, middle, in: image))
            #expect(Self.drawn(green, near: grid.box.x1, middle, in: image))
            #expect(!Self.drawn(green, near: grid.box.x0, middle, in: plain))
            for x in grid.columnLines {
                // Between two rows, so the check does not land on a cell's value box.
                let y = grid.rowLines.first ?? middle
                #expect(Self.drawn(OverlayColor.tableGrid, near: x, y, in: image, radius: 3))
            }
        }
        // Away from every block the page stays white.
        let white = try #require(image.color(x: 4, y: 4))
        #expect(white.red > 0.95 && white.green > 0.95 && white.blue > 0.95)
    }

    @Test("SVG output is a vector file of the page's size in points times the scale")
    func svg() throws {
        let path = Self.temporary("page.svg")
        defer { unlink(path) }
        let document = try PDFDocument(path: FixtureFiles.pdf("soumu-2024"))
        let overlay = try PageInspector(scale: 1).write(document, page: 2, format: .svg, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains("<svg"))
        #expect(text.contains("width=\"\(Int(overlay.width))"))
    }

    @Test("--provenance boxes the values taken from the page")
    func provenance() throws {
        let document = try PDFDocument(path: FixtureFiles.pdf("soumu-2024"))
        let without = try PageInspector().overlay(document, page: 1)
        let with = try PageInspector(provenance: true).overlay(document, page: 1)
        #expect(without.values.isEmpty)
        // Six hiring rows, eleven assignment units, the exam entries, contacts and routes of page 1.
        #expect(with.values.count >= 6 + 11)
        let hiring = try #require(with.sections.first { $0.name == "hiring" })
        #expect(with.values.contains { $0.x0 >= hiring.box.x0 - 1 && $0.y0 >= hiring.box.y0 - 1 && $0.y1 <= hiring.box.y1 + 1 })
    }
}
