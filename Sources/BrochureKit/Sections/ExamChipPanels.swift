/// Exam breakdowns set as panels side by side, one per track (`事務系` | `技術系`), each
/// category a chip with its count beside it as a bare number (`総合土木` `30`, the number in a
/// circle), under bracketed exam names (`［大学卒業程度］`, `［社会人経験者］`), and a `合計 75人`
/// closing each panel.
///
/// The counts carry no unit, so no pair reader takes them (`30` after a name may be a year or
/// a grade). The panels' totals say what they count: a panel is read only when its chips add
/// up to its `合計`, and every panel with chips must have one. The layout may give the chips as
/// cells of one table across both panels (the rows of the two shared by height), as lines
/// holding a whole row of chips (`総合土木 30 建築 6 電気 5`), or a name and its number apart
/// on one baseline: each chip is a name with the nearest bare number right of it on its
/// baseline, or a name and number run inside a line. A chip belongs to the panel of the
/// nearest track heading above it that starts left of it (the rightmost such), and to the
/// exam named in the nearest bracketed label above it in that panel; an exam name with no
/// level word (`社会人経験者`) is the non-graduate level.
enum ExamChipPanels {
    /// One text item with its place: a table cell or a line.
    struct Item {
        var text: String
        var box: Rect
        var page: Int
        var block: Int
    }

    private struct Chip {
        var category: String
        var count: Int
        var box: Rect
        var page: Int
        var text: String
    }

    /// The entries and the blocks (indices into `blocks`) they were read from; none unless
    /// every panel with chips adds up to its total.
    static func entries(in blocks: [(page: Int, block: Block)]) -> (entries: [ExamBreakdown.Entry], used: Set<Int>) {
        let items = self.items(of: blocks)
        let headings = items.filter(isTrackHeading)
        guard headings.count >= 1 else { return ([], []) }
        var chips: [(chip: Chip, block: Int)] = []
        var paired = Set<Int>()
        // Names and numbers apart: each number with the nearest name left of it on its baseline.
        for (n, number) in items.enumerated() {
            guard let count = bareCount(number.text) else { continue }
            let candidates = items.indices.filter { i in
                items[i].page == number.page && items[i].box.x1 <= number.box.x0 + 1 && !paired.contains(i)
                    && abs(items[i].box.midY - number.box.midY) <= 0.3 * max(items[i].box.height, number.box.height)
            }
            guard let nearest = candidates.max(by: { items[$0].box.x1 < items[$1].box.x1 }), isName(Normalized.compact(items[nearest].text))
            else { continue }
            paired.formUnion([nearest, n])
            let name = items[nearest]
            chips.append((Chip(category: Normalized.compact(name.text), count: count, box: name.box.union(number.box), page: name.page,
                               text: name.text + " " + number.text), name.block))
        }
        // Names and numbers run inside a line (`総合土木 30 建築 6 電気 5`).
        for (i, item) in items.enumerated() where !paired.contains(i) {
            for (category, count) in runs(in: item.text) {
                chips.append((Chip(category: category, count: count, box: item.box, page: item.page, text: item.text), item.block))
            }
        }
        guard !chips.isEmpty else { return ([], []) }
        // Each chip and total to its panel; each chip to its exam.
        func panel(of box: Rect, page: Int) -> Int? {
            let above = headings.indices.filter { h in
                headings[h].page == page && headings[h].box.y1 <= box.y0 + 1 && headings[h].box.x0 <= box.x0 + 1
            }
            let x = above.map { headings[$0].box.x0 }.max()
            return above.filter { headings[$0].box.x0 == x }.max { headings[$0].box.y1 < headings[$1].box.y1 }
        }
        let labels = items.filter { examName($0.text) != nil }
        var sums: [Int: Int] = [:]
        var entries: [(panel: Int, entry: ExamBreakdown.Entry)] = []
        for (chip, _) in chips {
            guard let p = panel(of: chip.box, page: chip.page) else { return ([], []) }
            let label = labels.filter { $0.page == chip.page && $0.box.y1 <= chip.box.y0 + 1 && panel(of: $0.box, page: $0.page) == p }
                .max { $0.box.y1 < $1.box.y1 }
            guard let label, let level = examName(label.text) else { return ([], []) }
            sums[p, default: 0] += chip.count
            entries.append((p, ExamBreakdown.Entry(
                track: Track(label: Normalized.compact(headings[p].text)), level: level, category: chip.category, count: chip.count,
                provenance: Provenance(page: chip.page, box: chip.box, text: chip.text))))
        }
        // Every panel with chips closes with its total, and the chips add up to it.
        var totals: [Int: Int] = [:]
        for item in items {
            guard let total = total(in: item.text), let p = panel(of: item.box, page: item.page) else { continue }
            guard totals[p] == nil else { return ([], []) }
            totals[p] = total
        }
        guard sums.allSatisfy({ totals[$0.key] == $0.value }) else { return ([], []) }
        let used = Set(chips.map(\.block) + items.filter { total(in: $0.text) != nil || examName($0.text) != nil || isTrackHeading($0) }.map(\.block))
        let ordered = entries.enumerated().sorted { a, b in
            a.element.panel != b.element.panel ? headings[a.element.panel].box.x0 < headings[b.element.panel].box.x0 : a.offset < b.offset
        }
        return (ordered.map(\.element.entry), used)
    }

    /// Every table cell with a box, and every line outside tables.
    static func items(of blocks: [(page: Int, block: Block)]) -> [Item] {
        var items: [Item] = []
        for (index, (page, block)) in blocks.enumerated() {
            if let table = block.table {
                for row in table.rows {
                    for cell in row where !cell.text.isEmpty {
                        if let box = cell.box { items.append(Item(text: cell.text, box: box, page: page, block: index)) }
                    }
                }
            } else {
                items += block.lines.map { Item(text: $0.text, box: $0.box, page: page, block: index) }
            }
        }
        return items
    }

    /// A panel's track heading: a track's label alone (`事務系`), not a category (`事務`).
    static func isTrackHeading(_ item: Item) -> Bool {
        let text = Normalized.compact(item.text)
        return text.count <= 6 && ExamGrid.namesTrack(text) && !text.contains(where: \.isNumber)
            && ExamBreakdownParser.level(named: text) == nil
    }

    /// The level of a bracketed exam name (`［大学卒業程度］`, `【社会人経験者】`): the one it
    /// names, else the non-graduate level; nil for any other text.
    static func examName(_ raw: String) -> ExamBreakdown.Level? {
        let text = Normalized.compact(raw)
        guard let first = text.first, let last = text.last, "[【〔(".contains(first), "]】〕)".contains(last), text.count >= 4, text.count <= 16,
            case let inner = String(text.dropFirst().dropLast()), !inner.contains(where: \.isNumber), Track(label: inner) == .other
        else { return nil }
        return ExamBreakdownParser.level(named: inner) ?? .undergraduate
    }

    /// A bare count: one to three ASCII digits alone (`68`), or with its unit (`7人`).
    static func bareCount(_ raw: String) -> Int? {
        var text = Normalized.compact(raw)
        if text.hasSuffix("人") || text.hasSuffix("名") { text.removeLast() }
        guard !text.isEmpty, text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// A chip's name: a category name alone, no era (`令和`). Under its panel's track heading a
    /// track word is a category too (`一般事務`), as in a table repeating the track (`ExamTrackedRowNames`).
    /// A kanji numeral inside a name is part of it (`一般事務`): only a digit makes it a figure.
    static func isName(_ text: String) -> Bool {
        text.count >= 2 && ExamBreakdownParser.looksLikeCategory(Substring(text)) && !text.contains(where: { $0.isASCII && $0.isNumber })
            && !text.hasSuffix("試験") && !text.hasSuffix("職") && ExamBreakdownParser.level(named: text) == nil
            && !ExamGrid.namesTrack(text) && JapaneseEra.named(text) == nil
    }

    /// `総合土木 30 建築 6 電気 5` → its (name, count) pairs: a line made wholly of names each
    /// followed by a bare count, split at its spaces; none for any other line.
    static func runs(in raw: String) -> [(String, Int)] {
        let words = Normalized.text(raw).split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        guard words.count >= 2, words.count % 2 == 0 else { return [] }
        var result: [(String, Int)] = []
        for k in stride(from: 0, to: words.count, by: 2) {
            guard isName(words[k]), let count = bareCount(words[k + 1]) else { return [] }
            result.append((words[k], count))
        }
        return result
    }

    /// `合計 75人` → 75: a total word and a count with its unit.
    static func total(in raw: String) -> Int? {
        let text = Normalized.compact(raw)
        guard let word = ["合計", "計"].first(where: { text.hasPrefix($0) }), text.hasSuffix("人") || text.hasSuffix("名") else { return nil }
        return bareCount(String(text.dropFirst(word.count)))
    }
}
