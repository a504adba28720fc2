/// The heading widenings Breuel's rules need before they order a band: a heading centred over
/// its section, and a lone heading between two rows of boxes, stand for the whole width they head.
extension ReadingOrder {
    /// Widens a heading centred over its section to the section's width.
    ///
    /// A heading centred in its column (`お問い合わせ先` between two rules) overlaps only the
    /// middle of the lines under it; the first of them (`総合職事務系`, at the column's left
    /// edge) is entirely left of it, and Breuel's rule would read it first. What starts
    /// within a few lines under the heading and overlaps it gives the section's width.
    func widenCentredHeadings(_ boxes: [Rect], headings: [Bool]) -> [Rect] {
        boxes.indices.map { i in
            let box = boxes[i]
            guard headings[i] else { return box }
            let reach = 3 * max(min(box.height, 24), 6)
            let under = boxes.indices.filter { j in
                j != i && boxes[j].y0 >= box.y1 - 0.5 && boxes[j].y0 <= box.y1 + reach && boxes[j].xOverlap(box) > 0
            }
            guard let section = Rect.enclosing(under.map { boxes[$0] }) else { return box }
            let tolerance = box.height
            // Set at the section's left edge, the section reaching well past its end: it heads
            // the column's width, and what stands above it there (a masthead's date block at
            // the page's right) is read before it.
            if abs(section.x0 - box.x0) <= tolerance, section.x1 > box.x1 + 2 * tolerance {
                return Rect(x0: box.x0, y0: box.y0, x1: section.x1, y1: box.y1)
            }
            // Centred: the section reaches past the heading on both sides, by about as much.
            guard section.x0 < box.x0 - tolerance, section.x1 > box.x1 - tolerance,
                abs(section.midX - box.midX) <= 0.2 * section.width
            else { return box }
            return Rect(x0: section.x0, y0: box.y0, x1: max(box.x1, section.x1), y1: box.y1)
        }
    }

    /// Moves a short block at the end of a heading's row, with no column of its own under it
    /// (`令和8年2月発行` set right-aligned on a masthead's baseline), to stand under the
    /// heading's left edge, so that it is read right after the heading.
    ///
    /// Breuel's rule reads a block entirely right of a column after every block of that column
    /// that nothing spanning both parts from it: the masthead's date would follow the whole
    /// page's left column. A block with a column under it (the next column's first paragraph
    /// level with the heading) heads that column and is left alone, as is one ending a column
    /// (its note under a table); so is one taller than the heading's line, or standing above or
    /// below it.
    func joiningRowEnds(_ boxes: [Rect], headings: [Bool], page: [Rect]) -> [Rect] {
        boxes.indices.map { b in
            let box = boxes[b]
            guard !headings[b] else { return box }
            let level = boxes.indices.filter { a in
                a != b && headings[a] && boxes[a].x1 <= box.x0 && box.height <= boxes[a].height
                    && box.y0 >= boxes[a].y0 - 0.25 * boxes[a].height && box.y1 <= boxes[a].y1 + 0.25 * boxes[a].height
            }
            guard let head = level.map({ boxes[$0] }).max(by: { $0.x1 < $1.x1 }) else { return box }
            // Its own column: something under or over it, within its width, clear of the
            // heading's (a note closing the column beside, level with the next heading here).
            let column = page.contains {
                $0 != box && ($0.y0 >= box.y1 - 0.5 || $0.y1 <= box.y0 + 0.5) && $0.xOverlap(box) > 0 && $0.x0 >= head.x1
            }
            guard !column else { return box }
            return Rect(x0: head.x0, y0: head.midY, x1: box.x1, y1: head.y1)
        }
    }

    /// Widens a heading that has nothing beside it when what follows it is wider than the
    /// column it sits in: a section heading between two rows of boxes ends the row above,
    /// however short it is. A heading that goes on down its own column is left alone.
    func widenLoneRows(_ boxes: [Rect], headings: [Bool], page: [Rect]) -> [Rect] {
        guard let left = boxes.map(\.x0).min(), let right = boxes.map(\.x1).max() else { return boxes }
        return boxes.indices.map { i in
            let box = boxes[i]
            let alone = !boxes.indices.contains { j in j != i && boxes[j].yOverlap(box) > 0 }
            // A heading that spans the page starts at its left edge; one starting in a later
            // column heads that column only.
            guard alone, headings[i], box.x0 - left <= 1.5 * box.height else { return box }
            // A few lines under a heading of its column, it is in that section (`新規採用者数`
            // under a title set in a circle; an exam's title under `採用予定` and its caption),
            // heading nothing wider.
            if boxes.indices.contains(where: { j in
                j != i && headings[j] && boxes[j].y1 <= box.y0 + 0.5 && box.y0 - boxes[j].y1 <= 4 * box.height && boxes[j].xOverlap(box) > 0
            }) {
                return box
            }
            // What starts within a few lines under it (a subtitle, then the section's table),
            // but not what goes on down a column beside it: a sidebar whose block ends level
            // with the heading's top runs past it, and its next block is not the section's; nor
            // is the block under the next column's heading when two section headings stand side
            // by side just above (an item title right under `働き方改革`, beside `両立支援制度`
            // and its table).
            let reach = 4 * max(min(box.height, 24), 6)
            let beside = page.filter { $0.xOverlap(box) <= 0 && $0.y1 <= box.y0 + 0.5 && $0.y1 >= box.y0 - box.height }
                + boxes.indices.filter { j in
                    headings[j] && boxes[j].xOverlap(box) <= 0 && boxes[j].y1 <= box.y0 + 0.5 && boxes[j].y1 >= box.y0 - 2 * box.height
                        && boxes.indices.contains { k in
                            k != j && headings[k] && boxes[k].yOverlap(boxes[j]) > 0 && boxes[k].xOverlap(box) > 0 && boxes[k].y1 <= box.y0 + 0.5
                        }
                }.map { boxes[$0] }
            let following = page.filter { f in
                f.y0 >= box.y1 && f.y0 <= box.y1 + reach
                    && !beside.contains { abs($0.x0 - f.x0) <= box.height && $0.xOverlap(f) > 0 && $0.y1 <= f.y0 }
            }
            let lane = page.filter { $0.y1 <= box.y0 && $0.xOverlap(box) > 0 }.max { $0.y1 < $1.y1 }
            guard let below = following.first, let lane else { return box }
            // An item's title over its text indented under it, the item above indented as much
            // (`■時差出勤` / its text, then `■年次休暇の計画取得` / its text): the column's next
            // item, however narrow the text above it ends.
            if let text = following.min(by: { $0.y0 < $1.y0 }), Self.isItemTitle(box, heading: true, over: text), abs(lane.x0 - text.x0) <= 0.5 * box.height {
                return box
            }
            let span = Rect.enclosing(following) ?? below
            // Wider than its column: reaching two ems into the next one. The block above may be
            // shorter than its column (a contact's last lines): the next column starts where
            // the nearest block beside it does, one that reaches down to the heading's line.
            let edge = max(lane.x1, box.x1) + 2 * box.height
            let nextColumn = page.filter { $0.x0 >= lane.x1 - 0.5 && $0.y1 > box.y0 - box.height && $0.y0 < span.y1 }.map(\.x0).min()
            let intoNext = nextColumn.map { span.x1 > $0 + 2 * box.height } ?? true
            return span.x1 > edge && intoNext ? Rect(x0: left, y0: box.y0, x1: right, y1: box.y1) : box
        }
    }
}
