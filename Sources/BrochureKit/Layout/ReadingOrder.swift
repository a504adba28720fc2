/// Orders a page's blocks as a person reads them, by Breuel's topological rules.
///
/// On a horizontal page: a block comes before another it overlaps horizontally and sits
/// above; and before a block entirely to its right unless something spanning both lies
/// between them vertically (a full-width heading ends the columns above it). A vertical
/// page mirrors this: right to left, then top to bottom.
struct ReadingOrder {
    let vertical: Bool

    func sort(_ blocks: [Block]) -> [Block] {
        let n = blocks.count
        guard n > 1 else { return blocks }
        // Work in a frame where reading goes "down, then right".
        let boxes = blocks.map { vertical ? Rect(x0: $0.box.y0, y0: -$0.box.x1, x1: $0.box.y1, y1: -$0.box.x0) : $0.box }
        guard n <= 400 else { return fallback(blocks, boxes) }
        var successors = [[Int]](repeating: [], count: n)
        var inDegree = [Int](repeating: 0, count: n)
        for a in 0..<n {
            for b in 0..<n where a != b && precedes(a, b, boxes) {
                successors[a].append(b)
                inDegree[b] += 1
            }
        }
        var done = [Bool](repeating: false, count: n)
        var order: [Int] = []
        order.reserveCapacity(n)
        while order.count < n {
            // Among blocks free to go next, take the top-most, then left-most.
            let ready = (0..<n).filter { !done[$0] && inDegree[$0] == 0 }
            let pool = ready.isEmpty ? (0..<n).filter { !done[$0] } : ready  // a cycle: break it
            let next = pool.min { key(boxes[$0]) < key(boxes[$1]) }!
            done[next] = true
            order.append(next)
            for s in successors[next] { inDegree[s] -= 1 }
        }
        return order.map { blocks[$0] }
    }

    private func key(_ box: Rect) -> (Double, Double) { (box.y0, box.x0) }

    private func precedes(_ a: Int, _ b: Int, _ boxes: [Rect]) -> Bool {
        let A = boxes[a]
        let B = boxes[b]
        let tolerance = 0.5
        if A.xOverlap(B) > tolerance {
            return A.midY < B.midY
        }
        guard A.x1 <= B.x0 + tolerance else { return false }
        let lo = min(A.midY, B.midY)
        let hi = max(A.midY, B.midY)
        for c in boxes.indices where c != a && c != b {
            let C = boxes[c]
            if C.midY > lo && C.midY < hi && C.xOverlap(A) > tolerance && C.xOverlap(B) > tolerance { return false }
        }
        return true
    }

    private func fallback(_ blocks: [Block], _ boxes: [Rect]) -> [Block] {
        blocks.indices.sorted { key(boxes[$0]) < key(boxes[$1]) }.map { blocks[$0] }
    }
}
