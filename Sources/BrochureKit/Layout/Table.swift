/// A grid recovered from the alignment of text, with or without ruling lines.
public struct Table: Sendable, Hashable, Codable {
    public struct Cell: Sendable, Hashable, Codable {
        /// The cell's lines joined; empty for an empty cell.
        public var text: String
        public var box: Rect?
        /// How many columns the cell covers (header cells over several columns).
        public var columnSpan: Int
        /// The cell's text lines, top to bottom, when it holds more than one.
        public var lines: [String]

        public init(text: String, box: Rect?, columnSpan: Int = 1, lines: [String] = []) {
            self.text = text
            self.box = box
            self.columnSpan = columnSpan
            self.lines = lines
        }
    }

    public var box: Rect
    /// Left and right edge of each column.
    public var columns: [ClosedRange<Double>]
    public var rows: [[Cell]]
    /// How many leading rows are headers (no digits where the body has them).
    public var headerRowCount: Int

    public init(box: Rect, columns: [ClosedRange<Double>], rows: [[Cell]], headerRowCount: Int) {
        self.box = box
        // Rounded like boxes, so JSON output stays short and stable.
        self.columns = columns.map { (($0.lowerBound * 100).rounded() / 100)...(($0.upperBound * 100).rounded() / 100) }
        self.rows = rows
        self.headerRowCount = headerRowCount
    }

    /// Whether `cell` is drawn by a line of `lines` (the table's) in type at least `factor`
    /// times the lines' median: a heading caught among the cells, not a cell.
    static func setLarger(_ cell: Cell, lines: [TextLine], factor: Double) -> Bool {
        setLarger(cell, lines: lines, factor: factor, median: Median.of(lines.map(\.fontSize), or: 0))
    }

    /// `setLarger(_:lines:factor:)` with the lines' median size taken once for a whole table's
    /// cells: sorting the sizes for every cell made a dense table page quadratic.
    static func setLarger(_ cell: Cell, lines: [TextLine], factor: Double, median: Double) -> Bool {
        median > 0 && lines.contains { $0.fontSize >= factor * median && $0.text == cell.text }
    }
}
