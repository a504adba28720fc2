/// Finds paragraphs of running text, the strongest sign of a page column.
///
/// Table rows are padded apart and a cell rarely wraps past three lines, so four or more
/// lines stacked at line spacing are prose, never a table column.
enum TextFlows {
    /// Paragraphs of running text: stacks of four or more lines at line spacing, one over the
    /// next, wide enough to be prose rather than a column of table cells. Maps each of their
    /// lines to its paragraph's number.
    static func find(in lines: [TextLine], unit: Double) -> [TextLine: Int] {
        let order = lines.indices.sorted { lines[$0].box.y0 < lines[$1].box.y0 }
        var up = [Int](repeating: 1, count: lines.count)
        var down = [Int](repeating: 1, count: lines.count)
        var below = [[Int]](repeating: [], count: lines.count)
        for (k, i) in order.enumerated() {
            for j in order[(k + 1)...] {
                let a = lines[i].box
                let b = lines[j].box
                let gap = b.y0 - a.y1
                if gap > 0.6 * unit { break }
                if gap > -0.2 * unit && b.xOverlap(a) >= 0.5 * min(a.width, b.width) { below[i].append(j) }
            }
        }
        for i in order { for j in below[i] { up[j] = max(up[j], up[i] + 1) } }
        for i in order.reversed() { for j in below[i] { down[i] = max(down[i], down[j] + 1) } }
        // Union the stacked lines into paragraphs, then keep the long, wide ones.
        var parent = Array(lines.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for i in lines.indices { for j in below[i] { parent[find(j)] = find(i) } }
        var members: [Int: [Int]] = [:]
        for i in lines.indices where up[i] + down[i] - 1 >= 4 { members[find(i), default: []].append(i) }
        var result: [TextLine: Int] = [:]
        for (id, group) in members {
            guard Median.of(group.map { lines[$0].box.width }, or: 0) >= 6 * unit else { continue }
            for i in group { result[lines[i]] = id }
        }
        return result
    }
}
