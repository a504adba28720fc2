/// A category line with its count per exam level after it on the same baseline (`土木` then
/// `学部卒30名／大学院卒20名`): a breakdown printed category-major, the levels inside each line.
///
/// Read as a list, the level items are pairs whose names are levels (`学部卒` 30, `大学院卒` 20)
/// and the category line beside them has no count; the whole line would also take the level
/// it names last. The layout sets the category and its items as lines far apart on one
/// baseline: each line made only of `level N名` items goes with the name line level with it
/// that ends left of it, the nearest such (as a bare count does, `ExamLinePairs`), and gives
/// one item per level, the category with that level's count.
enum ExamLevelItems {
    /// One level's count of a category line.
    struct Item: Equatable {
        var level: ExamBreakdown.Level
        var count: Int
    }

    /// `学部卒30名/大学院卒20名` (normalised) → [(undergraduate, 30), (graduate, 20)]: every item
    /// separated by a slash or `、` a level label (`学部卒`, `大卒程度`) with its count; nil when
    /// any item is something else (a category, a sentence).
    static func items(in text: String) -> [Item]? {
        let parts = text.split(whereSeparator: { "/／、".contains($0) })
        guard !parts.isEmpty else { return nil }
        var items: [Item] = []
        for part in parts {
            let item = part.trimmingCharacters(in: .whitespaces)
            guard item.last == "名" || item.last == "人" else { return nil }
            let body = item.dropLast()
            let digits = body.reversed().prefix { $0.isASCII && $0.isNumber }.reversed()
            guard !digits.isEmpty, let count = Int(String(digits)) else { return nil }
            let label = body.dropLast(digits.count).trimmingCharacters(in: .whitespaces)
            guard let level = ExamGrid.level(of: label) else { return nil }
            items.append(Item(level: level, count: count))
        }
        return items
    }

    /// Pairs of indices into `lines` (name, items): each line of level items with the name line
    /// level with it that ends left of it; a line of items with no name beside it is left out.
    static func pairs(in lines: [ExamLinePairs.Line]) -> [(name: Int, items: [Item], line: Int)] {
        var result: [(name: Int, items: [Item], line: Int)] = []
        var used = Set<Int>()
        for (c, line) in lines.enumerated() {
            guard let items = items(in: line.text) else { continue }
            let candidates = lines.indices.filter { i in
                !used.contains(i) && i != c && lines[i].page == line.page && ExamLinePairs.isName(i, in: lines)
                    && lines[i].box.x1 <= line.box.x0 + 1
                    && abs(lines[i].box.midY - line.box.midY) <= 0.3 * max(lines[i].box.height, line.box.height)
            }
            guard let best = ExamLinePairs.nearest(to: line.box, among: candidates, box: { lines[$0].box }) else { continue }
            used.insert(best)
            result.append((best, items, c))
        }
        return result
    }
}
