/// Category names and their counts set as lines far apart on the same baselines (`法律` at the
/// left of a box, `3名` right-aligned at its right edge), read as the pairs they are.
///
/// The layout makes two blocks of such a box's lines, or one block per line, when the gap
/// between name and count is wider than a word space: a block of names and a block of bare
/// counts. Read line by line, the names have no count and the counts no name. Each bare count
/// goes with the name line level with it that ends left of it, the nearest such, as the cells
/// of a table do (`ExamCellLines`). A name may open with the level of its row (`大卒程度試験
/// 法律` beside `一名`, an unruled list's level and category columns set as one line): the pair
/// carries it.
///
/// Under a track heading line (`▶ 事務系`), a bare track word (`事務` beside `九十八名`) is a
/// category: the track is named already, as in a table that repeats it in a cell of its own
/// (`ExamTrackedRowNames`).
enum ExamLinePairs {
    struct Line {
        var text: String
        var box: Rect
        var page: Int
    }

    /// Pairs of indices into `lines` (name, count); a count with no name level with it, or a
    /// name with no count, is left out. `lines` are the lines of the section outside tables, in
    /// reading order, texts normalised.
    static func pairs(in lines: [Line]) -> [(name: Int, count: Int)] {
        var result: [(name: Int, count: Int)] = []
        var used = Set<Int>()
        for (c, count) in lines.enumerated() where ExamCellLines.isBareCount(count.text) {
            let candidates = lines.indices.filter { i in
                !used.contains(i) && lines[i].page == count.page && isName(i, in: lines)
                    && lines[i].box.x1 <= count.box.x0 + 1
                    && abs(lines[i].box.midY - count.box.midY) <= 0.3 * max(lines[i].box.height, count.box.height)
            }
            guard let best = nearest(to: count.box, among: candidates, box: { lines[$0].box }) else { continue }
            used.insert(best)
            result.append((best, c))
        }
        return result
    }

    /// Whether line `index` is a category name alone, or a track word under a track heading
    /// line above it on its page, one read before it (`▶ 事務系` over `事務`). A track word
    /// after a qualifier (`一般事務（高卒）`) is a category's, as it is in a table's cell
    /// (`ExamTrackedRowNames.isQualifiedName`).
    static func isName(_ index: Int, in lines: [Line]) -> Bool {
        let text = String(ExamListLine.droppingLevel(lines[index].text))
        if ExamCellLines.isName(text) || ExamTrackedRowNames.isQualifiedName(text) { return true }
        let line = lines[index]
        guard let heading = lines[..<index].last(where: { ExamGrid.namesTrack($0.text) }),
            heading.page == line.page, heading.box.y1 <= line.box.y0 + 1, heading.text.count <= 6
        else { return false }
        return ExamTrackedRowNames.isName(text, beside: heading.text)
    }

    /// The name for the count in `count` among `candidates`: the nearest in height, and of
    /// those the one starting furthest right (the nearest to the count).
    ///
    /// Heights within a fifth of a line of the nearest count as level: a cell's lines are
    /// placed by dividing its box, so a name over a smaller second line (`薬剤師` over
    /// `（免許取得見込み可）`) sits a hair off its count's baseline, and the exam's title
    /// further left (`医療技術職採用選考`) must not win by that hair.
    static func nearest(to count: Rect, among candidates: [Int], box: (Int) -> Rect) -> Int? {
        func distance(_ i: Int) -> Double { abs(box(i).midY - count.midY) }
        guard let closest = candidates.map(distance).min() else { return nil }
        let level = candidates.filter { distance($0) <= closest + 0.2 * max(box($0).height, count.height, 1) }
        return level.max { a, b in box(a).x0 != box(b).x0 ? box(a).x0 < box(b).x0 : distance(a) > distance(b) }
    }
}
