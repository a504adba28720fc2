extension ReadingOrder {
    /// Whether a one-line section heading heads a row of items that reaches past its own column.
    ///
    /// The heading is set over the left column only (`仕事と家庭の両立を支える制度`), but the first
    /// row under it holds item headings starting level both under it and across the gutter
    /// (`育児休業 | 育児時間`), and the column across the gutter ended two of the heading's line
    /// heights or more above it: the items beside are the heading's, not that column's next
    /// ones. A column running on beside the heading's section ends close to it, or runs past; a
    /// paragraph across the page over both ends no column.
    static func headsRowAcross(_ heading: Int, starting: [Int], above: [Int], _ boxes: [Rect], headings: [Bool], line: Double?) -> Bool {
        rowAcross(heading, starting: starting, above: above, boxes, headings: headings, line: line) != nil
    }

    /// The item headings of the row a section heading heads across the gutter (`headsRowAcross`), if it does.
    static func rowAcross(_ heading: Int, starting: [Int], above: [Int], _ boxes: [Rect], headings: [Bool], line: Double?) -> [Int]? {
        guard let line else { return nil }
        let head = boxes[heading]
        // A heading level with it across the gutter (`採用実績 | 採用見込み`) heads the column beside.
        guard !starting.contains(where: { $0 != heading && headings[$0] && abs(boxes[$0].y0 - head.y0) <= 0.5 * line && boxes[$0].x0 >= head.x1 })
        else { return nil }
        let near = starting.filter { $0 != heading && boxes[$0].y0 >= head.y1 - 0.5 && boxes[$0].y0 - head.y1 <= 3 * line }
        // Item headings; or boxes of the same build side by side (a titled contact box under the
        // heading and its twin beside), whatever their titles are set as.
        let row = near.filter { b in
            headings[b] || near.contains { $0 != b && !headings[$0] && Self.twins(b, $0, boxes, line: line) }
        }
        guard let top = row.map({ boxes[$0].y0 }).min() else { return nil }
        let level = row.filter { boxes[$0].y0 - top <= 0.25 * line }
        let beside = level.filter { boxes[$0].x0 >= head.x1 }
        guard level.contains(where: { boxes[$0].xOverlap(head) > 0 }), !beside.isEmpty else { return nil }
        // (A block across the page above both, a paragraph the heading's column shares, is no
        // column beside: under it, the row starts afresh. Nor is nothing above the items beside,
        // at the page's head: the row is the first thing of its columns.)
        let over = above.filter { a in beside.contains { boxes[a].xOverlap(boxes[$0]) > 0 } }
        let column = over.filter { boxes[$0].xOverlap(head) <= 0 }
        let first = over.isEmpty && !above.contains { boxes[$0].y1 > head.y0 - 2 * line }
        return (first || !over.isEmpty) && column.allSatisfy { head.y0 - boxes[$0].y1 >= 2 * line } ? level : nil
    }

    /// Whether two blocks side by side open stacks of the same build: level tops and equal
    /// heights block for block, two deep at least (a title over its table, twice).
    ///
    /// Columns of running text start level too, but their blocks' heights differ.
    static func twins(_ a: Int, _ b: Int, _ boxes: [Rect], line: Double) -> Bool {
        guard boxes[a].xOverlap(boxes[b]) <= 0 else { return false }
        func next(_ i: Int) -> Int? {
            boxes.indices.filter { c in
                c != i && boxes[c].y0 >= boxes[i].y1 - 0.5 && boxes[c].y0 - boxes[i].y1 <= 3 * line && boxes[c].xOverlap(boxes[i]) > 0
            }.min { boxes[$0].y0 < boxes[$1].y0 }
        }
        var pair: (Int, Int)? = (a, b)
        var depth = 0
        while let (l, r) = pair, depth < 2 {
            guard abs(boxes[l].y0 - boxes[r].y0) <= 0.25 * line, abs(boxes[l].height - boxes[r].height) <= 0.25 * line else { return false }
            depth += 1
            pair = next(l).flatMap { l in next(r).map { (l, $0) } }
        }
        return depth == 2
    }

    /// Whether a unit is the next section's heading under a row a heading opened across the
    /// gutter (`rowAcross`): a one-line heading set as large as that one, below the row's item
    /// headings. The row's items are that section's whole content, read before it, however
    /// far down anything else reaches (a label up the page's margin), once every column under the
    /// items has ended above it.
    static func endsRowAcross(_ unit: Int, row: (heading: Int, items: [Int]), band: [Int], _ boxes: [Rect], headingLines: [Double?]) -> Bool {
        guard let line = headingLines[unit], let opener = headingLines[row.heading], line >= 0.9 * opener else { return false }
        let under = band.filter { b in row.items.contains { boxes[b].xOverlap(boxes[$0]) > 0 } }
        return under.allSatisfy { boxes[unit].y0 >= boxes[$0].y1 - 0.5 }
    }

    /// The heading level with section heading `unit` across the gutter to its right, set as
    /// large and naming no section, if any: the head of a box of figures beside the section
    /// (`数字で見るJAMSTEC`), which ends where its figures do.
    static func levelTwin(_ unit: Int, _ boxes: [Rect], headings: [Bool], headingLines: [Double?], titles: [Bool]) -> Int? {
        guard let line = headingLines[unit] else { return nil }
        return boxes.indices.first { j in
            j != unit && headings[j] && headingLines[j] == nil && !titles[j] && abs(boxes[j].y0 - boxes[unit].y0) <= 0.5 * line && boxes[j].x0 >= boxes[unit].x1
                && abs(boxes[j].height - boxes[unit].height) <= 0.2 * line
        }
    }

    /// Whether the column under `head` goes on near the heading `unit`: a block in its width
    /// starting below the column's last block, no further down than three of the heading's
    /// lines under it (`研修` beside `両立支援`: the column is a column of sections, not a box).
    static func resumes(_ head: Int, under unit: Int, _ boxes: [Rect]) -> Bool {
        let line = boxes[unit].height
        return boxes.indices.contains { b in
            b != head && b != unit && boxes[b].xOverlap(boxes[head]) > 0 && boxes[b].y0 >= boxes[unit].y0 - 0.5
                && boxes[b].y0 <= boxes[unit].y1 + 3 * line
        }
    }

    /// Whether the column under `head`, in the band so far, holds a section's heading or
    /// title: a sidebar of sections (`お問い合わせ`, `アクセス` under `数字で見る機構`), read after
    /// the main column, not a box of figures.
    static func holdsSections(_ head: Int, band: [Int], _ boxes: [Rect], headingLines: [Double?], titles: [Bool]) -> Bool {
        band.contains { b in
            b != head && boxes[b].xOverlap(boxes[head]) > 0 && boxes[b].y0 >= boxes[head].y1 - 0.5 && (headingLines[b] != nil || titles[b])
        }
    }
}
