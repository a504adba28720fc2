/// Draws a `PageOverlay` over the rendered page, and a legend in a strip below it.
struct OverlayPainter {
    /// Height of the legend strip below the page, in points.
    static let legendHeight = 30.0

    let overlay: PageOverlay

    func paint(on canvas: CairoCanvas) {
        // Furniture greyed out first, so the marks stay on top of it.
        for block in overlay.blocks where block.order == nil {
            canvas.setColor(OverlayColor.block(block.kind))
            canvas.rectangle(block.box, fill: true)
        }
        for block in overlay.blocks where block.order != nil {
            canvas.setColor(OverlayColor.block(block.kind), alpha: 0.1)
            canvas.rectangle(block.box, fill: true)
            canvas.setColor(OverlayColor.block(block.kind))
            canvas.rectangle(block.box, fill: false, lineWidth: 1.2)
        }
        canvas.setColor(OverlayColor.tableGrid)
        for grid in overlay.tables {
            for x in grid.columnLines { canvas.line(from: (x, grid.box.y0), to: (x, grid.box.y1), lineWidth: 0.6) }
            for y in grid.rowLines { canvas.line(from: (grid.box.x0, y), to: (grid.box.x1, y), lineWidth: 0.6) }
        }
        for section in overlay.sections {
            let box = Rect(x0: section.box.x0 - 3, y0: section.box.y0 - 3, x1: section.box.x1 + 3, y1: section.box.y1 + 3)
            canvas.setColor(OverlayColor.section)
            canvas.rectangle(box, fill: false, lineWidth: 1.5, dashed: true)
            label(section.name, at: (box.x0, box.y0), color: OverlayColor.section, on: canvas)
        }
        canvas.setColor(OverlayColor.provenance)
        for value in overlay.values { canvas.rectangle(value, fill: false, lineWidth: 0.8) }
        paintReadingOrder(on: canvas)
        paintLegend(on: canvas)
    }

    /// An arrow from each block's centre to the next one's, and the block's number at its corner.
    private func paintReadingOrder(on canvas: CairoCanvas) {
        let ordered = overlay.blocks.filter { $0.order != nil }
        canvas.setColor(OverlayColor.readingOrder, alpha: 0.8)
        for (from, to) in zip(ordered, ordered.dropFirst()) {
            arrow(from: center(from.box), to: center(to.box), on: canvas)
        }
        for block in ordered {
            let corner = (block.box.x0, block.box.y0)
            canvas.setColor(OverlayColor.readingOrder)
            canvas.circle(center: corner, radius: 5)
            canvas.setColor(OverlayColor(red: 1, green: 1, blue: 1))
            let text = String(block.order ?? 0)
            let width = canvas.textWidth(text, size: 6, bold: true)
            canvas.text(text, at: (corner.0 - width / 2, corner.1 + 2.2), size: 6, bold: true)
        }
    }

    private func arrow(from: (Double, Double), to: (Double, Double), on canvas: CairoCanvas) {
        let dx = to.0 - from.0, dy = to.1 - from.1
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 8 else { return }
        let ux = dx / length, uy = dy / length
        let tip = (to.0 - ux * 4, to.1 - uy * 4)
        canvas.line(from: from, to: tip, lineWidth: 0.8)
        let back = (tip.0 - ux * 5, tip.1 - uy * 5)
        canvas.polygon([tip, (back.0 - uy * 2.5, back.1 + ux * 2.5), (back.0 + uy * 2.5, back.1 - ux * 2.5)])
    }

    private func center(_ box: Rect) -> (Double, Double) { ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2) }

    private func label(_ text: String, at point: (Double, Double), color: OverlayColor, on canvas: CairoCanvas) {
        let width = canvas.textWidth(text, size: 7, bold: true)
        canvas.setColor(color)
        canvas.rectangle(Rect(x0: point.0, y0: point.1 - 9, x1: point.0 + width + 4, y1: point.1), fill: true)
        canvas.setColor(OverlayColor(red: 1, green: 1, blue: 1))
        canvas.text(text, at: (point.0 + 2, point.1 - 2.5), size: 7, bold: true)
    }

    /// One swatch per colour, in the strip under the page.
    private func paintLegend(on canvas: CairoCanvas) {
        let top = overlay.height
        canvas.setColor(OverlayColor(red: 0.96, green: 0.96, blue: 0.96))
        canvas.rectangle(Rect(x0: 0, y0: top, x1: overlay.width, y1: top + Self.legendHeight), fill: true)
        let entries: [(String, OverlayColor)] = [
            ("heading", .block(.heading)), ("paragraph", .block(.paragraph)), ("list", .block(.list)),
            ("table", .block(.table)), ("header/footer", .block(.header)), ("reading order", .readingOrder),
            ("section", .section), ("value (--provenance)", .provenance),
        ]
        var x = 8.0
        for (name, color) in entries {
            canvas.setColor(color)
            canvas.rectangle(Rect(x0: x, y0: top + 11, x1: x + 9, y1: top + 20), fill: true)
            canvas.setColor(OverlayColor(red: 0.1, green: 0.1, blue: 0.1))
            x += 12 + canvas.text(name, at: (x + 12, top + 18.5), size: 7) + 10
        }
    }
}
