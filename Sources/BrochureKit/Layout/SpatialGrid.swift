/// A uniform bucket grid over boxes, so neighbour queries cost O(1) instead of O(n).
///
/// Pages hold up to 100k glyphs and every "is anything near here?" question in the layout
/// engine goes through this, so buckets are one flat array (compressed rows) rather than
/// a dictionary of arrays, and queries avoid hashing by reporting each box only from the
/// first bucket where it meets the query area.
struct SpatialGrid {
    private let cell: Double
    private let originX: Double
    private let originY: Double
    private let columns: Int
    private let rows: Int
    private let offsets: [Int32]
    private let entries: [Int32]
    private let boxes: [Rect]

    init(boxes: [Rect], cellSize: Double) {
        self.boxes = boxes
        let cell = max(cellSize, 1)
        self.cell = cell
        // One pass with plain property reads: `boxes.map(\.x0).min()` went through the
        // runtime's generic key-path access per box (1% of `extract` on long documents).
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for box in boxes {
            minX = min(minX, box.x0)
            minY = min(minY, box.y0)
            maxX = max(maxX, box.x1)
            maxY = max(maxY, box.y1)
        }
        if boxes.isEmpty { (minX, minY, maxX, maxY) = (0, 0, 0, 0) }
        originX = minX
        originY = minY
        // Cap the grid so a stray huge coordinate cannot allocate millions of buckets.
        func count(_ extent: Double) -> Int {
            let cells = (extent / cell).rounded(.down)
            return cells.isFinite ? Int(min(max(cells, 0), 2047)) + 1 : 1
        }
        let columns = count(maxX - minX)
        let rows = count(maxY - minY)
        self.columns = columns
        self.rows = rows
        var counts = [Int32](repeating: 0, count: columns * rows + 1)
        // Each box's buckets, found once for both passes.
        let spans = boxes.map { box in
            (Self.clamp((box.x0 - minX) / cell, columns), Self.clamp((box.x1 - minX) / cell, columns),
             Self.clamp((box.y0 - minY) / cell, rows), Self.clamp((box.y1 - minY) / cell, rows))
        }
        for (c0, c1, r0, r1) in spans {
            for r in r0...r1 { for c in c0...c1 { counts[r * columns + c + 1] += 1 } }
        }
        for i in 1..<counts.count { counts[i] += counts[i - 1] }
        var cursor = counts
        var entries = [Int32](repeating: 0, count: Int(counts.last!))
        for (index, (c0, c1, r0, r1)) in spans.enumerated() {
            for r in r0...r1 {
                for c in c0...c1 {
                    let bucket = r * columns + c
                    entries[Int(cursor[bucket])] = Int32(index)
                    cursor[bucket] += 1
                }
            }
        }
        self.offsets = counts
        self.entries = entries
    }

    /// The bucket `value` falls in, `0..<count`. (Compared before converting: between the
    /// ends, truncation is the floor, and `rounded(.down)` was a call into libm per edge.)
    @inline(__always)
    private static func clamp(_ value: Double, _ count: Int) -> Int {
        guard value.isFinite else { return value > 0 ? count - 1 : 0 }
        if value <= 0 { return 0 }
        if value >= Double(count - 1) { return count - 1 }
        return Int(value)
    }

    /// Calls `body` once for each box intersecting `area`; `body` returns false to stop.
    private func forEach(in area: Rect, _ body: (Int) -> Bool) {
        guard !boxes.isEmpty else { return }
        let c0 = Self.clamp((area.x0 - originX) / cell, columns)
        let c1 = Self.clamp((area.x1 - originX) / cell, columns)
        let r0 = Self.clamp((area.y0 - originY) / cell, rows)
        let r1 = Self.clamp((area.y1 - originY) / cell, rows)
        for r in r0...r1 {
            for c in c0...c1 {
                let bucket = r * columns + c
                for e in Int(offsets[bucket])..<Int(offsets[bucket + 1]) {
                    let index = Int(entries[e])
                    let box = boxes[index]
                    guard box.x0 <= area.x1 && box.x1 >= area.x0 && box.y0 <= area.y1 && box.y1 >= area.y0 else {
                        continue
                    }
                    // Report from the first bucket of the overlap only, so nothing repeats.
                    let firstC = Self.clamp((max(box.x0, area.x0) - originX) / cell, columns)
                    let firstR = Self.clamp((max(box.y0, area.y0) - originY) / cell, rows)
                    guard firstC == c && firstR == r else { continue }
                    if !body(index) { return }
                }
            }
        }
    }

    /// Indices of boxes intersecting `area`, each once.
    func query(_ area: Rect) -> [Int] {
        var found: [Int] = []
        forEach(in: area) { found.append($0); return true }
        return found
    }

    /// Whether no box overlaps the inside of `area` (touching edges do not count).
    func isEmpty(_ area: Rect) -> Bool {
        var empty = true
        forEach(in: area) { index in
            let box = boxes[index]
            if box.x0 < area.x1 && box.x1 > area.x0 && box.y0 < area.y1 && box.y1 > area.y0 {
                empty = false
                return false
            }
            return true
        }
        return empty
    }
}
