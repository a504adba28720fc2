/// Gutters that a list's items wrap at: the edge of a page column, not a gap in a table.
extension GutterReading {
    /// Whether two items or more of a bulleted list on the left of `gutter` run to it and wrap:
    /// the item's line ends at the gutter and its next line continues under the item's text.
    ///
    /// A list of routes or notes set in a column breaks its long items where the column ends,
    /// with a gap between items wider than a paragraph's leading, so it makes no paragraph of
    /// running text. Its rows may still meet a table's rows across the gutter by chance; a
    /// table's cells are not bulleted items that wrap at the column's edge, item after item.
    /// (So do items whose text under them is a sentence, `●介護休暇` over `分割して取得できます。`,
    /// however short the item's line: a list of terms and what each means. A table's cell
    /// under a bulleted label holds a figure or a name, not a sentence.)
    func wrapsItems(_ region: [Int], at gutter: ClosedRange<Double>, unit: Double) -> Bool {
        var wrapped = 0
        // (The lines ending a sentence, found once: an item short of the gutter asks only them.)
        var sentences: [Int]? = nil
        for i in region {
            let box = page.boxes[i]
            guard box.x1 <= gutter.lowerBound + 0.5, let first = page.lines[i].text.first, Self.itemMarks.contains(first) else { continue }
            let atGutter = box.x1 >= gutter.lowerBound - 2 * unit
            if !atGutter, sentences == nil { sentences = region.filter { page.lines[$0].text.unicodeScalars.last == "。" } }
            let continues = (atGutter ? region : sentences!).contains { j in
                let next = page.boxes[j]
                return next.y0 > box.y1 - 0.2 * unit && next.y0 - box.y1 <= 0.9 * unit
                    && next.x0 >= box.x0 + 0.5 * unit && next.x0 <= box.x0 + 2 * unit && next.x1 < box.x1
                    && !(page.lines[j].text.first.map(Self.itemMarks.contains) ?? true)
                    && (atGutter || page.lines[j].text.hasSuffix("。"))
            }
            if continues { wrapped += 1 }
            if wrapped >= 2 { return true }
        }
        return false
    }

    /// Marks that open a list item (`・`, `●`, `○`, `■`, `◆`, `▶`, `-`).
    private static let itemMarks: Set<Character> = Set("・●○■□◆◇▶▸-－")
}
