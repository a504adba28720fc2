/// Reads a small exam grid per track with the categories as COLUMNS: under a caption naming
/// the track (`事務系（3名）`), a row of levels (`大卒程度試験` spanning two columns,
/// `院卒程度試験`), a row of categories (`法律 | 経済 | 行政`) and a row of counts (`1名`).
///
/// The other readers look for a category and its count side by side, or for a grid whose
/// categories run down the side; here each count stands under its category, that under its
/// level, and the track is said once above them all. A grid of a single column is set by the
/// layout as loose lines, not as a table, so the grid is found by geometry among the section's
/// cells and lines alike: a count (`1名`) whose nearest text above it, over its middle, is a
/// category name, with a level label above that (the one nearest in its row, so a level
/// spanning several columns heads each). The caption is the nearest line above the levels
/// naming one track alone; where it gives the track's total (`（3名）`), the counts must add
/// up to it.
enum ExamCategoryColumns {
    struct Cell {
        var text: String
        var box: Rect
        /// The box widened to the table columns the cell spans (`大卒程度試験` over two).
        var span: Rect
        var page: Int
        /// The block it is from, by its order in the section.
        var block: Int
    }

    /// The entries read, and the blocks they used up (tables whole, lines by their block).
    static func entries(in blocks: [(page: Int, block: Block)]) -> (entries: [ExamBreakdown.Entry], used: Set<Int>) {
        var cells: [Cell] = []
        for (index, (page, block)) in blocks.enumerated() {
            if let table = block.table {
                for row in table.rows {
                    for (c, cell) in row.enumerated() where !cell.text.isEmpty {
                        guard let box = cell.box else { continue }
                        let last = min(c + max(cell.columnSpan, 1), table.columns.count) - 1
                        let span = c <= last ? box.union(Rect(x0: table.columns[c].lowerBound, y0: box.y0, x1: table.columns[last].upperBound, y1: box.y1)) : box
                        cells.append(Cell(text: Normalized.compact(cell.text), box: box, span: span, page: page, block: index))
                    }
                }
            } else {
                cells += block.lines.map { Cell(text: Normalized.compact($0.text), box: $0.box, span: $0.box, page: page, block: index) }
            }
        }
        return entries(among: cells)
    }

    static func entries(among cells: [Cell]) -> (entries: [ExamBreakdown.Entry], used: Set<Int>) {
        // Each grid by its caption: the entries under it and the cells they use.
        var grids: [Int: (caption: Cell, items: [(entry: ExamBreakdown.Entry, cells: [Cell])])] = [:]
        for count in cells where ExamCellLines.isBareCount(count.text) {
            guard let n = ExamGrid.count(in: count.text),
                let category = nearest(above: count, among: cells), ExamCellLines.isName(category.text),
                // A category with its count beside it is an item of a list or of a grid the other way round.
                !cells.contains(where: { $0.page == category.page && $0.box.x0 >= category.box.x1 - 1
                    && $0.box.yOverlap(category.box) > 0.5 * category.box.height && ExamCellLines.isBareCount($0.text) }),
                let level = level(above: category, among: cells), let levelValue = ExamGrid.level(of: level.text),
                let caption = caption(above: level, among: cells), let captionIndex = cells.firstIndex(where: { $0.box == caption.box && $0.page == caption.page })
            else { continue }
            let entry = ExamBreakdown.Entry(
                track: Track(label: caption.text), level: levelValue, category: category.text, count: n,
                provenance: Provenance(page: count.page, box: category.box.union(count.box), text: category.text + "\t" + count.text))
            grids[captionIndex, default: (caption, [])].items.append((entry, [count, category, level]))
        }
        var entries: [ExamBreakdown.Entry] = []
        var used = Set<Int>()
        for index in grids.keys.sorted() {
            guard let grid = grids[index] else { continue }
            // The caption's total, where it gives one, must be the grid's.
            if let total = total(in: grid.caption.text), total != grid.items.map(\.entry.count).reduce(0, +) { continue }
            entries += grid.items.map(\.entry)
            used.formUnion(([grid.caption] + grid.items.flatMap(\.cells)).map(\.block))
        }
        return (entries, used)
    }

    /// The nearest cell above `cell` on its page, with `cell`'s middle within its width, no
    /// further than two line heights.
    static func nearest(above cell: Cell, among cells: [Cell]) -> Cell? {
        cells.filter { other in
            other.page == cell.page && other.box.y1 <= cell.box.y0 + 1 && cell.box.y0 - other.box.y1 <= 2 * cell.box.height
                && other.box.x0 <= cell.box.midX && cell.box.midX <= other.box.x1
        }.max { $0.box.y1 < $1.box.y1 }
    }

    /// The level label heading `category`: of the level labels in the nearest row above it
    /// (within two line heights), the one nearest its middle across, over it (its middle
    /// within the columns the label spans, give or take half a line), not beside it.
    static func level(above category: Cell, among cells: [Cell]) -> Cell? {
        let labels = cells.filter { other in
            other.page == category.page && other.box.y1 <= category.box.y0 + 1 && category.box.y0 - other.box.y1 <= 2 * category.box.height
                && ExamGrid.level(of: other.text) != nil
        }
        guard let row = labels.max(by: { $0.box.y1 < $1.box.y1 }) else { return nil }
        guard let label = labels.filter({ $0.box.yOverlap(row.box) > 0 }).min(by: { distance($0.span, category.box.midX) < distance($1.span, category.box.midX) }),
            distance(label.span, category.box.midX) <= 0.5 * label.box.height
        else { return nil }
        return label
    }

    /// The caption over the grid: the nearest line above the level label, not right of it and
    /// within three line heights, naming one track and no level.
    static func caption(above level: Cell, among cells: [Cell]) -> Cell? {
        cells.filter { other in
            other.page == level.page && other.box.y1 <= level.box.y0 + 1 && level.box.y0 - other.box.y1 <= 3 * level.box.height
                && other.box.x0 <= level.box.x1 && other.text.count <= 12 && Track(label: other.text) != .other
                && ExamBreakdownParser.level(named: other.text) == nil
        }.max { $0.box.y1 < $1.box.y1 }
    }

    /// `事務系(3名)` → 3: the count in the caption's brackets.
    static func total(in caption: String) -> Int? {
        guard let open = caption.firstIndex(of: "("), let close = caption[open...].firstIndex(of: ")") else { return nil }
        return ExamGrid.count(in: String(caption[caption.index(after: open)..<close]))
    }

    private static func distance(_ box: Rect, _ x: Double) -> Double {
        x < box.x0 ? box.x0 - x : (x > box.x1 ? x - box.x1 : 0)
    }
}
