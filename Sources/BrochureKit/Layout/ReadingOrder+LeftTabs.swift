/// Tabs set upright down the left of their sections, each centred on the section it labels
/// (`事務職` and `技術職` rotated on tinted tabs beside their lists of exams).
extension ReadingOrder {
    /// Each such tab's block, with the box it is ordered by: a line just above its section, as
    /// wide as the section, so it is read as the section's title, before the lists to its right.
    ///
    /// A tab centred on a tall section has its top well below the section's: Breuel's rules
    /// read the section's first lines before it, and a side heading is paired only with what
    /// starts level with its top (`sideHeadingUnits`, which leaves these tabs alone). A tab of
    /// a rail is upright, one of two or more set one under another at one left edge, nothing
    /// stands left of it at its height, nothing right of it starts level with its top, and its
    /// section is the stretch of blocks starting within six ems right of it, between two gaps
    /// of that column, centred on it (`centredSection`), holding no other tab.
    static func leftTabs(_ blocks: [Block]) -> [Int: Rect] {
        let tabs = blocks.indices.filter { i in
            blocks[i].kind == .heading && blocks[i].lines.count == 1 && blocks[i].lines[0].orientation == .vertical
        }
        guard tabs.count >= 2 else { return [:] }
        var moved: [Int: Rect] = [:]
        for t in tabs {
            let head = blocks[t].box
            let em = max(blocks[t].lines[0].em, 1)
            let rail = tabs.filter { $0 != t && abs(blocks[$0].box.x0 - head.x0) <= 1 && blocks[$0].box.yOverlap(head) <= 0 }.map { blocks[$0].box }
            guard !rail.isEmpty else { continue }
            let others = blocks.indices.filter { $0 != t }
            // Nothing left of it at its height: it stands at the left of all.
            guard !others.contains(where: { blocks[$0].box.x0 < head.x1 - 0.5 && blocks[$0].box.yOverlap(head) > 0 }) else { continue }
            let right = others.filter { blocks[$0].box.x0 >= head.x1 - 0.5 && blocks[$0].box.x0 - head.x1 <= 6 * em }
            // A block starting level with its top is what it heads from the top, as a side
            // heading does (`採用窓口` beside `総合職事務系`): no tab centred lower.
            guard !right.contains(where: { abs(blocks[$0].box.y0 - head.y0) <= 0.5 * em }) else { continue }
            guard let section = centredSection(head, em: em, left: right, blocks.map(\.box), rail: rail),
                let area = Rect.enclosing(section.map { blocks[$0].box })
            else { continue }
            let top = min(head.y0, area.y0) - 1
            moved[t] = Rect(x0: area.x0, y0: top - 0.5, x1: area.x1, y1: top)
        }
        return moved
    }
}
