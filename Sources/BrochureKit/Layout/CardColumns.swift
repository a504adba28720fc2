/// Reads a grid of cards side by side as cards: each column top to bottom, then the next.
///
/// Cards set in a row at one pitch (a life-event timeline's support cards under `結婚 | 妊娠・
/// 出産 | 育児 | 介護`, business cards of the contacts, a row of number tiles) align as well as
/// a table's cells do, and the table detector takes them for one; read row by row, the first
/// lines of every card come before the second line of the first. A table of three columns or
/// more puts a label column first, at its own width, and figures after it; cards repeat one
/// column at one pitch, and hold no counts. So a grid of three columns or more, starting at
/// one pitch within three quarters of an em, none of whose cells is a count, is a row of
/// cards: each column's lines become blocks, one per card (a card opens in the type of the
/// column's first line), and the reading order places them.
enum CardColumns {
    /// The blocks of `table`'s cards, or nil when the grid is a table.
    static func cards(of table: Table, lines: [TextLine]) -> [Block]? {
        let columns = table.columns
        guard columns.count >= 3, !lines.isEmpty else { return nil }
        let em = Median.of(lines.map(\.box.height), or: 10)
        let starts = columns.map(\.lowerBound)
        let pitches = zip(starts.dropFirst(), starts).map { $0 - $1 }
        guard let narrowest = pitches.min(), let widest = pitches.max(), widest - narrowest <= 0.75 * em else { return nil }
        guard !table.rows.joined().contains(where: { isCount($0.text) }) else { return nil }
        // A header row of column names (`制度 | 期間 | 内容`) heads a table; cards open with titles.
        if let first = table.rows.first, first.allSatisfy({ $0.text.unicodeScalars.count <= 3 }) { return nil }
        var blocks: [Block] = []
        for (c, column) in columns.enumerated() {
            let end = c + 1 < columns.count ? columns[c + 1].lowerBound : .infinity
            let own = lines.filter { $0.box.midX >= column.lowerBound - 0.5 * em && $0.box.midX < end - 0.5 * em }
                .sorted { $0.box.y0 < $1.box.y0 }
            guard !own.isEmpty else { continue }
            // A card opens in the type of the column's first line, after lines in another.
            let head = own[0]
            func headType(_ line: TextLine) -> Bool {
                abs(line.fontSize - head.fontSize) <= 0.05 * head.fontSize && line.isBold == head.isBold
            }
            var card: [TextLine] = [head]
            for (line, previous) in zip(own.dropFirst(), own) {
                if headType(line) && !headType(previous) {
                    blocks.append(block(card))
                    card = []
                }
                card.append(line)
            }
            blocks.append(block(card))
        }
        // Every line in exactly one card, or the grid is left as it was.
        return blocks.map(\.lines.count).reduce(0, +) == lines.count ? blocks : nil
    }

    private static func block(_ lines: [TextLine]) -> Block {
        Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines)
    }

    /// A head count as a table prints it: figures or a kanji numeral with `名` or `人` after
    /// them (`62人（29人）`, `20名（うち女性7名）`, `事務系 一名`), figures alone or with women's
    /// after them (`55（20）`, `48／24`), or a dash for none.
    static func isCount(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard !scalars.isEmpty else { return false }
        if scalars.count == 1, "－-ー—―".unicodeScalars.contains(scalars[0]) { return true }
        if scalars.allSatisfy({ TableDetector.isDigit($0) || figureMarks.contains($0) }) { return true }
        return zip(scalars, scalars.dropFirst()).contains { number, unit in
            (TableDetector.isDigit(number) || kanjiDigits.contains(number)) && (unit == "名" || unit == "人")
        }
    }

    private static let figureMarks = Set(",，（）()／/".unicodeScalars)
    private static let kanjiDigits = Set("〇一二三四五六七八九十百".unicodeScalars)
}
