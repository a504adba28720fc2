extension ReadingOrder {
    /// Whether a one-line section heading heads a row of items that reaches past its own column.
    ///
    /// The heading is set over the left column only (`仕事と家庭の両立を支える制度`), but the first
    /// row under it holds item headings starting level both under it and across the gutter
    /// (`育児休業 | 育児時間`), and the column across the gutter ended two of the heading's line
    /// heights or more above it: the items beside are the heading's, not that column's next
    /// ones. A column running on beside the heading's section ends close to it, or runs past.
    static func headsRowAcross(_ heading: Int, starting: [Int], above: [Int], _ boxes: [Rect], headings: [Bool], line: Double?) -> Bool {
        guard let line else { return false }
        let head = boxes[heading]
        let row = starting.filter { $0 != heading && headings[$0] && boxes[$0].y0 >= head.y1 - 0.5 && boxes[$0].y0 - head.y1 <= 3 * line }
        guard let top = row.map({ boxes[$0].y0 }).min() else { return false }
        let level = row.filter { boxes[$0].y0 - top <= 0.25 * line }
        let beside = level.filter { boxes[$0].x0 >= head.x1 }
        guard level.contains(where: { boxes[$0].xOverlap(head) > 0 }), !beside.isEmpty else { return false }
        let column = above.filter { a in beside.contains { boxes[a].xOverlap(boxes[$0]) > 0 } }
        return !column.isEmpty && column.allSatisfy { head.y0 - boxes[$0].y1 >= 2 * line }
    }
}
