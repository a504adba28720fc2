/// A page's horizontal lines as the region segmenter reads them: each line by its index, with
/// its box, its paragraph and whether it names a section looked up once for the page.
///
/// The segmenter cuts a page recursively and asks the same questions of every line at every
/// level; as arrays of `TextLine` every filter and sort copied the lines (two strings each,
/// retained and released) and every "is it running text?" or "is it a heading?" hashed one
/// (a heading's text with Unicode normalisation): half the segmenter's instructions. A region
/// is now a list of indices, in the order the line arrays had, so every sort and filter sees
/// the same sequence and gives the same result.
struct PageLines {
    let lines: [TextLine]
    let boxes: [Rect]
    /// The paragraph of running text each line belongs to, if any.
    let flows: [Int?]
    /// Whether each line's text is one of the page's short lines naming a section.
    let namesSection: [Bool]
    /// The whole title a line is one line of (`採用` over `予定`, see `StackedTitle`).
    private let stacked: [Int: Rect]

    init(lines: [TextLine], flows: [TextLine: Int], sectionNames: Set<String>, stacked: [Int: Rect] = [:]) {
        self.lines = lines
        boxes = lines.map(\.box)
        self.flows = lines.map { flows[$0] }
        self.stacked = stacked
        // (A page without a short line naming a section has no text to hash.)
        namesSection = lines.indices.map { i in
            stacked[i] != nil || !sectionNames.isEmpty && sectionNames.contains(lines[i].text)
        }
    }

    /// The box of the heading line `i` is part of: its own, or its stacked title's.
    func titleBox(_ i: Int) -> Rect {
        stacked[i] ?? boxes[i]
    }

    /// The lines of `region`, in its order.
    func lines(_ region: [Int]) -> [TextLine] {
        region.map { lines[$0] }
    }

    /// The horizontal extent of a region's lines (the region holds one line at least).
    func bounds(_ region: [Int]) -> ClosedRange<Double> {
        region.lazy.map { boxes[$0].x0 }.min()!...region.lazy.map { boxes[$0].x1 }.max()!
    }

    /// The region's typical line height, the unit of its distance thresholds.
    func em(_ region: [Int]) -> Double {
        max(Median.of(region.lazy.map { boxes[$0].height }, or: 10), 1)
    }

    /// The horizontal extents of a region's lines, left edges ascending.
    func sortedExtents(_ region: [Int]) -> [ClosedRange<Double>] {
        region.map { boxes[$0].x0...boxes[$0].x1 }.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The gutters of a region inside `bounds`, at least `minimum` wide.
    func gutters(_ region: [Int], bounds: ClosedRange<Double>, minimum: Double) -> Gutters {
        Gutters(sortedExtents: sortedExtents(region), bounds: bounds, minimum: minimum)
    }

    /// Whether some line of `region` is running text.
    func hasFlow(_ region: [Int]) -> Bool {
        region.contains { flows[$0] != nil }
    }

    /// A region split at every horizontal gap that runs its full width (gaps under 0.2 em,
    /// rows of a tight table touching, do not count), top to bottom.
    func slices(_ region: [Int]) -> [[Int]] {
        let sorted = region.sorted { boxes[$0].y0 < boxes[$1].y0 }
        var slices: [[Int]] = []
        var bottom = -Double.infinity
        for i in sorted {
            let box = boxes[i]
            if box.y0 < bottom + 0.2 * box.height, !slices.isEmpty {
                slices[slices.count - 1].append(i)
            } else {
                slices.append([i])
            }
            bottom = max(bottom, box.y1)
        }
        return slices
    }
}
