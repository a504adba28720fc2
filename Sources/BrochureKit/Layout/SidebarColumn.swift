/// A narrow column running down the whole side of a page beside its main column.
///
/// A sidebar (a tinted strip holding an index, quotes, contacts or the edition) leaves a gutter
/// from the top of the page's text to its foot. Cutting the page into full-width slices first
/// pairs each of the sidebar's short lines with whatever main-column row happens to stand level
/// with it (a caption becomes a table's first cell); the sidebar is one column and is cut off
/// whole before anything else.
enum SidebarColumn {
    /// The lines of the sidebar and of the rest, when the page has one.
    ///
    /// The gutter must run the full height and leave a side at most a fifth of the text's width
    /// wide, whose lines reach from the top fifth of the page's text to its bottom fifth (a
    /// column of table labels ends with its table, a side heading with its section) and do not
    /// mostly stand level with the main column's lines (a table's label or count column does);
    /// the main side must have no such gutter of its own.
    static func split(_ page: PageLines, region: [Int]) -> (side: [Int], main: [Int], cut: Double)? {
        guard region.count >= 8 else { return nil }
        let unit = page.em(region)
        let span = page.bounds(region)
        let top = region.lazy.map { page.boxes[$0].y0 }.min()!
        let bottom = region.lazy.map { page.boxes[$0].y1 }.max()!
        let height = bottom - top
        let width = span.upperBound - span.lowerBound
        guard height > 0, width > 0 else { return nil }
        for gutter in page.gutters(region, bounds: span, minimum: 1.5 * unit).interior(span) {
            let cut = (gutter.lowerBound + gutter.upperBound) / 2
            let left = region.filter { page.boxes[$0].midX < cut }
            let right = region.filter { page.boxes[$0].midX >= cut }
            // (A rail of headings set flush right against the gutter, each beside its section's
            // first line, belongs to the main column: it is no column of its own.)
            let leftIsRail = left.filter { abs(page.boxes[$0].x1 - gutter.lowerBound) <= 1 }.count * 5 >= left.count * 4
            for (side, main, sideWidth) in [
                (leftIsRail ? [] : left, right, gutter.lowerBound - span.lowerBound), (right, left, span.upperBound - gutter.upperBound),
            ] where sideWidth <= 0.2 * width && side.count >= 4 && main.count >= 4 {
                let sideTop = side.lazy.map { page.boxes[$0].y0 }.min()!
                let sideBottom = side.lazy.map { page.boxes[$0].y1 }.max()!
                // (A main side cut by a gutter of its own from top to bottom is more columns of
                // one table: its label column is no sidebar.)
                if sideTop - top <= 0.2 * height && bottom - sideBottom <= 0.2 * height, !rowsMeet(side, main, page),
                    page.gutters(main, bounds: page.bounds(main), minimum: 1.5 * unit).interior(page.bounds(main)).isEmpty
                {
                    return (side, main, cut)
                }
            }
        }
        return nil
    }

    /// Whether most of the side's lines stand level with a line of the main column, as the
    /// cells of a table's first or last column do; a sidebar's lines meet the main column's
    /// only by chance.
    private static func rowsMeet(_ side: [Int], _ main: [Int], _ page: PageLines) -> Bool {
        let level = side.filter { i in
            main.contains { page.boxes[$0].yOverlap(page.boxes[i]) >= 0.5 * min(page.boxes[$0].height, page.boxes[i].height) }
        }
        return level.count * 5 >= side.count * 3
    }
}
