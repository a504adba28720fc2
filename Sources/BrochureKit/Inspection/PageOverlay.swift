/// What `brochure inspect` draws over one page, computed from the layout and the sections
/// alone (no drawing here), so tests can check it without looking at pixels.
public struct PageOverlay: Sendable {
    public struct BlockMark: Sendable {
        public var kind: Block.Kind
        public var box: Rect
        /// Position in reading order (1-based); nil for running headers and footers.
        public var order: Int?
    }

    public struct TableGrid: Sendable {
        public var box: Rect
        /// x of each line between two columns.
        public var columnLines: [Double]
        /// y of each line between two rows.
        public var rowLines: [Double]
    }

    public struct SectionMark: Sendable {
        public var name: String
        public var box: Rect
    }

    public var page: Int
    public var width: Double
    public var height: Double
    public var blocks: [BlockMark]
    public var tables: [TableGrid]
    public var sections: [SectionMark]
    /// Boxes of the extracted values on this page (`--provenance`).
    public var values: [Rect]

    /// The overlay of `page`; `sections` and `values` are given for the whole document and
    /// only what lies on this page is kept.
    init(page: PageLayout, sections: [SectionSegmenter.Part], values: [Provenance]) {
        self.page = page.number
        width = page.width
        height = page.height
        var order = 0
        blocks = page.blocks.map { block in
            if block.isFurniture { return BlockMark(kind: block.kind, box: block.box, order: nil) }
            order += 1
            return BlockMark(kind: block.kind, box: block.box, order: order)
        }
        tables = page.blocks.compactMap(\.table).map(Self.grid)
        self.sections = sections.compactMap { part in
            let boxes = part.blocks.filter { $0.page == page.number }.map(\.block.box)
            guard let first = boxes.first else { return nil }
            return SectionMark(name: part.kind.rawValue, box: boxes.dropFirst().reduce(first) { $0.union($1) })
        }
        self.values = values.filter { $0.page == page.number }.map(\.box)
    }

    /// Lines halfway between neighbouring columns and between neighbouring rows' cells.
    static func grid(_ table: Table) -> TableGrid {
        let columnLines = zip(table.columns, table.columns.dropFirst()).map { ($0.upperBound + $1.lowerBound) / 2 }
        let spans: [(top: Double, bottom: Double)] = table.rows.compactMap { row in
            let boxes = row.compactMap(\.box)
            guard let top = boxes.map(\.y0).min(), let bottom = boxes.map(\.y1).max() else { return nil }
            return (top, bottom)
        }
        let rowLines = zip(spans, spans.dropFirst()).map { ($0.bottom + $1.top) / 2 }
        return TableGrid(box: table.box, columnLines: columnLines, rowLines: rowLines)
    }
}
