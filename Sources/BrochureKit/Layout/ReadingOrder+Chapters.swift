/// Numbered chapters that divide a page into bands.
extension ReadingOrder {
    /// Whether a row holds a numbered chapter's heading (`05` beside `両立支援・研修`) and nothing
    /// else, under columns side by side and over columns side by side: the end of the
    /// arrangement above.
    ///
    /// A page set in numbered chapters (`04` over two exam tables side by side, `05` over
    /// support | training, `06` over contacts | access) keeps one gutter all the way down, and
    /// each heading starts at the left column's edge, so every column seems to run on under it.
    /// A chapter is read whole, both its columns, before the next. (Only numbered: an unnumbered
    /// heading alone on its row may just as well head the next stretch of one column, with the
    /// other column pausing beside it.) `first` is the row's first unit in reading order.
    static func opensChapter(above: [Int], first: Int, _ boxes: [Rect], opens: [Bool], numbers: [Bool]) -> Bool {
        let level = boxes.indices.filter { !above.contains($0) && boxes[$0].yOverlap(boxes[first]) > 0 }
        guard let heading = level.first(where: { opens[$0] }),
            level.contains(where: { numbers[$0] }),
            level.allSatisfy({ $0 == heading || numbers[$0] })
        else { return false }
        let row = level.map { boxes[$0] }.reduce(boxes[heading]) { $0.union($1) }
        func sideBySide(_ units: [Int]) -> Bool {
            units.contains { a in units.contains { boxes[$0].x0 >= boxes[a].x1 } }
        }
        // The feet of the columns above (nothing of the band under them), however short one is.
        let ending = above.filter { a in
            !above.contains { $0 != a && boxes[$0].y0 >= boxes[a].y1 - 0.5 && boxes[$0].xOverlap(boxes[a]) > 0 }
        }
        let reach = 4 * row.height
        let starting = boxes.indices.filter { boxes[$0].y0 >= row.y1 - 0.5 && boxes[$0].y0 <= row.y1 + reach }
        return sideBySide(ending) && sideBySide(starting)
    }

    /// A block of one or two digits alone (`05`, `１２`): a chapter's number.
    static func isChapterNumber(_ block: Block) -> Bool {
        guard block.lines.count == 1 else { return false }
        let text = block.lines[0].text.trimmingWhitespace()
        return !text.isEmpty && CharacterBound.atMost(2, text) && text.unicodeScalars.allSatisfy(TableDetector.isDigit)
    }
}
