/// A uniform bucket grid over boxes, so neighbour queries cost O(1) instead of O(n).
///
/// Pages hold up to 100k glyphs; every "is anything near here?" question in the layout
/// engine goes through this.
struct SpatialGrid {
    private let cell: Double
    private var buckets: [Int64: [Int32]] = [:]
    private let boxes: [Rect]

    init(boxes: [Rect], cellSize: Double) {
        self.boxes = boxes
        self.cell = max(cellSize, 1)
        for (index, box) in boxes.enumerated() {
            for key in keys(covering: box) { buckets[key, default: []].append(Int32(index)) }
        }
    }

    private func coordinate(_ v: Double) -> Int64 { Int64((v / cell).rounded(.down)) }

    private func keys(covering box: Rect) -> [Int64] {
        let cx0 = coordinate(box.x0)
        let cx1 = coordinate(box.x1)
        let cy0 = coordinate(box.y0)
        let cy1 = coordinate(box.y1)
        var result: [Int64] = []
        result.reserveCapacity(Int((cx1 - cx0 + 1) * (cy1 - cy0 + 1)))
        for cy in cy0...cy1 {
            for cx in cx0...cx1 { result.append((cy << 32) ^ (cx & 0xFFFF_FFFF)) }
        }
        return result
    }

    /// Indices of boxes intersecting `area`, each once, in ascending order.
    func query(_ area: Rect) -> [Int] {
        var seen = Set<Int32>()
        var found: [Int] = []
        for key in keys(covering: area) {
            guard let bucket = buckets[key] else { continue }
            for index in bucket where !seen.contains(index) {
                seen.insert(index)
                let box = boxes[Int(index)]
                if box.x0 <= area.x1 && box.x1 >= area.x0 && box.y0 <= area.y1 && box.y1 >= area.y0 {
                    found.append(Int(index))
                }
            }
        }
        return found.sorted()
    }

    /// Whether any box other than those in `excluding` intersects `area`.
    func isEmpty(_ area: Rect, excluding: Set<Int> = []) -> Bool {
        for key in keys(covering: area) {
            guard let bucket = buckets[key] else { continue }
            for index in bucket where !excluding.contains(Int(index)) {
                let box = boxes[Int(index)]
                if box.x0 < area.x1 && box.x1 > area.x0 && box.y0 < area.y1 && box.y1 > area.y0 { return false }
            }
        }
        return true
    }
}
