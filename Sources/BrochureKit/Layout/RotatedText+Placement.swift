extension RotatedText {
    /// The sideways blocks put among the upright ones where their strip stands.
    ///
    /// A strip under upright text standing over it (a section's heading and lead over a table
    /// turned to fit their column) is read right after the last of those blocks, before what
    /// the page sets beside or below it. A strip with nothing over it is a column of its own:
    /// read first from the left half of the page (a spine title down the left edge), last from
    /// the right (a table turned into a strip at the right edge). A block stands over the strip
    /// in its column when half the narrower of the two overlaps the other and the block is no
    /// wider than a column: a running header or a title across the page is over every column.
    static func placed(_ sideways: [Block], strip: Rect, among upright: [Block], pageWidth: Double) -> [Block] {
        let over = upright.lastIndex { block in
            block.box.y1 <= strip.y0 + 1 && block.box.width <= 0.6 * pageWidth
                && block.box.xOverlap(strip) >= 0.5 * min(block.box.width, strip.width)
        }
        guard let over else { return strip.midX < pageWidth / 2 ? sideways + upright : upright + sideways }
        return Array(upright[...over]) + sideways + upright[(over + 1)...]
    }
}
