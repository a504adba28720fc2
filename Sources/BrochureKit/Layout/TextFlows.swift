/// Finds paragraphs of running text, the strongest sign of a page column.
///
/// Table rows are padded apart and a cell rarely wraps past three lines, so four or more
/// lines stacked at line spacing are prose, never a table column.
enum TextFlows {
    /// Paragraphs of running text: stacks of four or more lines at line spacing, one over the
    /// next, wide enough to be prose rather than a column of table cells. Maps each of their
    /// lines to its paragraph's number.
    ///
    /// Line spacing is up to 0.6 em of white space between lines. Body text set looser (up to
    /// 0.9 em, a pitch of 1.9) counts too when it is justified, every line but the last ending
    /// at the column's right edge: a column of table cells at that pitch has ragged ends.
    static func find(in lines: [TextLine], unit: Double) -> [TextLine: Int] {
        var result = stacks(in: lines, unit: unit, maxGap: 0.6) { _ in true }
        let rest = lines.filter { result[$0] == nil }
        // (Nor lines saying the same thing again, `大学卒業程度` down a table's column, cells of
        // one width: running text never repeats a line.)
        let loose = stacks(in: rest, unit: unit, maxGap: 0.9) { isJustified($0, unit: unit) && Set($0.map(\.text)).count == $0.count }
        let offset = (result.values.max() ?? -1) + 1
        for (line, id) in loose { result[line] = offset + id }
        // Three lines of twenty ems and more ending a sentence: a short paragraph, wider
        // than any table cell wraps.
        // (Only a page with two such wide lines left is looked at again.)
        let shortRest = lines.filter { result[$0] == nil }
        guard shortRest.lazy.filter({ $0.box.width >= 20 * unit }).prefix(2).count == 2 else { return result }
        let short = stacks(in: shortRest, unit: unit, maxGap: 0.9, minLines: 3) { group in
            let sorted = group.sorted { $0.box.y0 < $1.box.y0 }
            return sorted.count == 3 && Median.of(sorted.map(\.box.width), or: 0) >= 20 * unit
                && sorted.last?.text.trimmingWhitespace().hasSuffix("。") == true
        }
        let shortOffset = (result.values.max() ?? -1) + 1
        for (line, id) in short { result[line] = shortOffset + id }
        return result
    }

    /// Every line but the last (in reading order, the lowest) ends within half an em of the
    /// widest (an em for a sentence of Japanese); three lines at least do so.
    private static func isJustified(_ lines: [TextLine], unit: Double) -> Bool {
        let sorted = lines.sorted { $0.box.y0 < $1.box.y0 }
        guard let right = sorted.map(\.box.x1).max() else { return false }
        let body = sorted.dropLast()
        guard body.count >= 3 else { return false }
        if body.allSatisfy({ right - $0.box.x1 <= 0.5 * unit }) { return true }
        // Japanese set solid breaks a line a character short to keep `、` off the next one's
        // start: within an em, when the lines are words and the last ends the sentence.
        return sorted.last?.text.trimmingWhitespace().hasSuffix("。") == true && body.allSatisfy { right - $0.box.x1 <= 1.0 * unit }
            && sorted.allSatisfy { line in line.text.unicodeScalars.filter(Script.isCJK).count * 2 >= line.text.unicodeScalars.count }
    }

    private static func stacks(
        in lines: [TextLine], unit: Double, maxGap: Double, minLines: Int = 4, accept: ([TextLine]) -> Bool
    ) -> [TextLine: Int] {
        let order = lines.indices.sorted { lines[$0].box.y0 < lines[$1].box.y0 }
        var up = [Int](repeating: 1, count: lines.count)
        var down = [Int](repeating: 1, count: lines.count)
        var below = [[Int]](repeating: [], count: lines.count)
        for (k, i) in order.enumerated() {
            for j in order[(k + 1)...] {
                let a = lines[i].box
                let b = lines[j].box
                let gap = b.y0 - a.y1
                if gap > maxGap * unit { break }
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
        for i in lines.indices where up[i] + down[i] - 1 >= minLines { members[find(i), default: []].append(i) }
        var result: [TextLine: Int] = [:]
        for (id, group) in members {
            guard Median.of(group.map { lines[$0].box.width }, or: 0) >= 6 * unit, accept(group.map { lines[$0] }) else { continue }
            for i in group { result[lines[i]] = id }
        }
        return result
    }
}
