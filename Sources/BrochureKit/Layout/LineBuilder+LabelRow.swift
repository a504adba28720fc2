/// A row of labels spaced wide apart, as a table's header sets them, read one label per cell.
extension LineBuilder {
    /// Whether a wide gap between two runs is one step of a row of spaced labels: four runs or
    /// more on one baseline, each two to eight em from the next, the others no lone glyph (a
    /// lone `計` may close a header row).
    ///
    /// A header row centred over right-aligned figures (`2024年度 … 2025年度 2026年度（計画）`)
    /// has its widest label crowd its neighbour: the gap between them is crossed by a figure
    /// below, and a crossed gap is a word space to `isGutter`, so the two labels became one
    /// cell that no column of the table would take. Running text sets no run of three wide
    /// gaps on one baseline; a header row does, whatever its column widths. A form's blanks
    /// (`期間　　年　　月　　日`) space single glyphs as wide, and stay one line.
    static func stepsLabelRow(_ left: Int, _ right: Int, bounds: [Rect], grid: SpatialGrid) -> Bool {
        let h = max(bounds[left].height, bounds[right].height, 1)
        guard bounds[right].x0 - bounds[left].x1 >= 2 * h else { return false }
        let before = wideSteps(from: bounds[left], leftwards: true, em: h, bounds: bounds, grid: grid)
        return before >= 2 || before + wideSteps(from: bounds[right], leftwards: false, em: h, bounds: bounds, grid: grid) >= 2
    }

    /// How many runs (up to two) follow one another from `start` along its baseline, each two to
    /// eight em from the last, with nothing nearer.
    private static func wideSteps(from start: Rect, leftwards: Bool, em h: Double, bounds: [Rect], grid: SpatialGrid) -> Int {
        var cursor = start
        for step in 0..<2 {
            let strip = leftwards
                ? Rect(x0: cursor.x0 - 8 * h, y0: cursor.y0, x1: cursor.x0, y1: cursor.y1)
                : Rect(x0: cursor.x1, y0: cursor.y0, x1: cursor.x1 + 8 * h, y1: cursor.y1)
            let row = grid.query(strip).filter { j in
                let box = bounds[j]
                return (leftwards ? box.x1 <= cursor.x0 : box.x0 >= cursor.x1) && box.yOverlap(cursor) >= 0.6 * min(box.height, cursor.height)
            }
            let nearest = leftwards ? row.max { bounds[$0].x1 < bounds[$1].x1 } : row.min { bounds[$0].x0 < bounds[$1].x0 }
            guard let nearest else { return step }
            let box = bounds[nearest]
            let gap = leftwards ? cursor.x0 - box.x1 : box.x0 - cursor.x1
            guard gap >= 2 * h, box.width >= 1.2 * h, abs(box.y1 - cursor.y1) <= 0.15 * h, abs(box.height - cursor.height) <= 0.15 * h else { return step }
            cursor = box
        }
        return 2
    }
}
