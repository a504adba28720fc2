/// A section heading at the foot of one column whose body is the wide block under both.
extension ReadingOrder {
    /// Where to cut `band` so that its last blocks, a section heading and at most two
    /// short captions under it, go with `next`, the block across the columns that starts the
    /// next band (`採用予定` / `令和8年度の採用予定` at the foot of the left column, over the
    /// exam table across the page); nil to keep the band whole.
    ///
    /// Left in its column, the heading is read before the other column (`配属実績` and its table)
    /// and its own table after it, so the other column's section took the table. Only when the
    /// heading, as large as the band's largest, lies below every other block of the band (the
    /// other column ended above it), the wide block under it reaches under that column too,
    /// and stands close under the captions: a heading with a paragraph of its own, or far over
    /// the wide block, heads its column's text.
    static func headingOverWideBlock(_ band: [Int], next: Int, _ frame: [Rect], headings: [Bool], headingLines: [Double?]) -> Int? {
        let wide = frame[next]
        for k in band.indices.dropFirst() where headings[band[k]] {
            // (A heading naming no section we read, `採用予定`, by its box's height.)
            let em = headingLines[band[k]] ?? frame[band[k]].height
            let tail = band[k...]
            // (One column's: the captions under the heading, the heading over the wide block.)
            let heading = frame[band[k]]
            guard tail.count <= 3, let above = band[..<k].map({ frame[$0].y1 }).max(), above < heading.y0,
                tail.dropFirst().allSatisfy({ frame[$0].height <= 2 * em && frame[$0].xOverlap(heading) > 0 }), wide.xOverlap(heading) > 0
            else { continue }
            // (As large as the band's largest heading: an item's heading, `●介護休暇`, heads its
            // column's next item, not the block under both.)
            guard em >= 0.95 * (band[..<k].compactMap { headingLines[$0] }.max() ?? em) else { continue }
            let x0 = tail.map { frame[$0].x0 }.min()!, x1 = tail.map { frame[$0].x1 }.max()!
            let bottom = tail.map { frame[$0].y1 }.max()!
            guard wide.x0 < x1, x0 < wide.x1, wide.y0 - bottom <= 2 * em else { continue }
            // (Another column beside the heading's, ended above it, which the wide block reaches under.)
            let beside = band[..<k].contains { i in
                (frame[i].x0 >= x1 || frame[i].x1 <= x0) && wide.xOverlap(frame[i]) > 0.5
            }
            if beside { return k }
        }
        return nil
    }
}
