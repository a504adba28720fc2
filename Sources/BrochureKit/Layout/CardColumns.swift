/// Reads a grid of cards side by side as cards: each column top to bottom, then the next.
///
/// Cards set in a row at one pitch (a life-event timeline's support cards under `結婚 | 妊娠・
/// 出産 | 育児 | 介護`, business cards of the contacts, a row of number tiles) align as well as
/// a table's cells do, and the table detector takes them for one; read row by row, the first
/// lines of every card come before the second line of the first. A table of three columns or
/// more puts a label column first, at its own width, and figures after it; cards repeat one
/// column (or a group of columns, a name and its period) at one pitch, and hold no counts. So a
/// grid of three columns or more, starting at one pitch within three quarters of an em, or of
/// groups of columns repeated at one pitch and alike, none of whose cells is a count, is a row
/// of cards: each column's (or group's) lines become blocks, one per card (a card opens in the
/// type of its first line), and the reading order places them.
enum CardColumns {
    /// The blocks of `table`'s cards, or nil when the grid is a table.
    static func cards(of table: Table, lines: [TextLine]) -> [Block]? {
        let columns = table.columns
        guard columns.count >= 3, !lines.isEmpty else { return nil }
        let em = Median.of(lines.map(\.box.height), or: 10)
        guard let width = groupWidth(columns: columns, rows: table.rows, em: em) else { return nil }
        // A header row of column names (`制度 | 期間 | 内容`) heads a table; cards open with titles.
        if let first = table.rows.first, first.allSatisfy({ $0.text.unicodeScalars.count <= 3 }) { return nil }
        var blocks: [Block] = []
        for group in stride(from: 0, to: columns.count, by: width) {
            let start = columns[group].lowerBound
            let end = group + width < columns.count ? columns[group + width].lowerBound : .infinity
            // Top to bottom, and left to right along a row of the card (a name, its period).
            let found = lines.filter { $0.box.midX >= start - 0.5 * em && $0.box.midX < end - 0.5 * em }
                .sorted { a, b in
                    let rowA = (a.box.midY / em).rounded(), rowB = (b.box.midY / em).rounded()
                    return rowA != rowB ? rowA < rowB : a.box.x0 < b.box.x0
                }
            guard !found.isEmpty else { continue }
            // A flow's arrow in the gap right of the card leads on from it (`FlowArrow`).
            let own = FlowArrow.readLast(found)
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

    /// How many columns one card spans: one, when three columns or more start at one pitch
    /// (within three quarters of an em); or a group of two or more repeated at one pitch, its
    /// columns starting (or ending: a period set flush right) as far apart as the next group's
    /// (`介護休職 | 通算1年` beside `ボランティア休暇 | 年5日`). Nil for a table's columns.
    ///
    /// `framed` when the cards' edges keep the pitch: each group's first column starts,
    /// and its last ends, as far from the next group's as the cards are apart (a name at the
    /// card's left edge, a period in a pill at its right, `子の看護等休暇 … 年5日`). Only the
    /// cards' first row (titles and periods) is then alike; the text under them is prose.
    static func cardWidth(_ columns: [ClosedRange<Double>], em: Double) -> (width: Int, framed: Bool)? {
        func even(_ edges: [Double], _ width: Int) -> Bool {
            let pitches = edges.indices.dropLast(width).map { edges[$0 + width] - edges[$0] }
            guard let narrowest = pitches.min(), let widest = pitches.max() else { return false }
            return widest - narrowest <= 0.75 * em
        }
        let starts = columns.map(\.lowerBound)
        if columns.count >= 3 && even(starts, 1) { return (1, false) }
        guard columns.count >= 4 else { return nil }
        for width in 2...(columns.count / 2) where columns.count % width == 0 {
            let firsts = stride(from: 0, to: columns.count, by: width).map { starts[$0] }
            let lasts = stride(from: width - 1, to: columns.count, by: width).map { columns[$0].upperBound }
            // (Both edges at the one pitch: two cards alone would otherwise always pass.)
            let pitches = zip(firsts.dropFirst(), firsts).map { $0 - $1 } + zip(lasts.dropFirst(), lasts).map { $0 - $1 }
            let framed = pitches.max().map { $0 - pitches.min()! <= 0.75 * em } ?? false
            if framed || even(starts, width) || even(columns.map(\.upperBound), width) { return (width, framed) }
            if placesKeepPitch(columns, width: width, em: em) { return (width, true) }
        }
        return nil
    }

    /// Whether each place of a group of `width` columns keeps one pitch from card to card by
    /// its start, its end or its middle, the same pitch for every place: a name set flush left
    /// and its period centred in a drawn circle beside it (`育児休業` … `３歳まで`), whose column
    /// spans differ with their texts' widths.
    static func placesKeepPitch(_ columns: [ClosedRange<Double>], width: Int, em: Double) -> Bool {
        func spread(_ values: [Double]) -> Double { (values.max() ?? 0) - (values.min() ?? 0) }
        var pitches: [Double] = []
        for place in 0..<width {
            let own = stride(from: place, to: columns.count, by: width).map { columns[$0] }
            let kept = [own.map(\.lowerBound), own.map(\.upperBound), own.map { ($0.lowerBound + $0.upperBound) / 2 }].lazy
                .map { edges in zip(edges.dropFirst(), edges).map { $0 - $1 } }
                .first { spread($0) <= 0.75 * em }
            guard let kept else { return false }
            pitches += kept
        }
        return pitches.count >= 2 && spread(pitches) <= 0.75 * em
    }

    /// Whether a grid's columns repeat in groups of two or more at one pitch, alike, with no
    /// count in any cell: boxes side by side, each a name and its period over a sentence.
    static func repeatsGroups(columns: [ClosedRange<Double>], rows: [[Table.Cell]], em: Double) -> Bool {
        (groupWidth(columns: columns, rows: rows, em: em) ?? 0) >= 2
    }

    /// How many columns each card of a grid spans, or nil when the grid is no row of cards: its
    /// columns (or groups of them, alike) at one pitch, and no count in any cell.
    private static func groupWidth(columns: [ClosedRange<Double>], rows: [[Table.Cell]], em: Double) -> Int? {
        guard let (width, framed) = cardWidth(columns, em: em),
            width == 1 || groupsAlike(framed ? Array(rows.prefix(1)) : rows, columns: columns.count, width: width)
        else { return nil }
        // (A sentence under a card's title that mentions people, `子が2人以上の場合は…`, is no count.)
        // (Nor one ending its sentence, `子が２人以上なら年１０日です。`.)
        guard !rows.joined().contains(where: { CharacterBound.atMost(16, $0.text) && !$0.text.hasSuffix("。") && isCount($0.text) }) else { return nil }
        return width
    }

    /// Whether the groups of `width` columns hold the same kind of text at each place: in every
    /// row, a place's cells all have figures or none do (a name, then its period, in each card).
    /// A table's columns side by side differ (`東京メトロ日比谷線 | 『神谷町』駅 | 4b出口 | 約5分`).
    /// A period in words (`子が小学校就学前まで` beside `子が3歳になるまで`) is of the figures' kind.
    static func groupsAlike(_ rows: [[Table.Cell]], columns: Int, width: Int) -> Bool {
        rows.allSatisfy { row in
            guard row.count == columns else { return false }
            return (0..<width).allSatisfy { place in
                let kinds = Set(stride(from: place, to: row.count, by: width).map { row[$0].text }.filter { !$0.isEmpty }.map {
                    $0.unicodeScalars.contains(where: TableDetector.isDigit) || $0.hasSuffix("まで")
                })
                return kinds.count <= 1
            }
        }
    }

    private static func block(_ lines: [TextLine]) -> Block {
        Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines)
    }

    /// A head count as a table prints it: figures or a kanji numeral with `名` or `人` after
    /// them (`62人（29人）`, `20名（うち女性7名）`, `事務系 一名`), figures alone or with women's
    /// after them (`55（20）`, `48／24`), a figure after a word (`事務職 6`), or a dash for none.
    static func isCount(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard !scalars.isEmpty else { return false }
        if scalars.count == 1, "－-ー—―".unicodeScalars.contains(scalars[0]) { return true }
        if scalars.allSatisfy({ TableDetector.isDigit($0) || figureMarks.contains($0) }) { return true }
        if zip(scalars, scalars.dropFirst()).contains(where: { number, unit in
            (TableDetector.isDigit(number) || kanjiDigits.contains(number)) && (unit == "名" || unit == "人")
        }) {
            return true
        }
        // A figure of up to three digits ending a word (`事務職 6`, `6うち女性2`), not a
        // phone number's last group (`048-467-9263`) nor a period (`年5日`).
        let figures = scalars.reversed().prefix { TableDetector.isDigit($0) }.count
        guard (1...3).contains(figures), scalars.count > figures, case let before = scalars[scalars.count - figures - 1] else { return false }
        return before.properties.isWhitespace || Script.isCJK(before)
    }

    private static let figureMarks = Set(",，（）()／/".unicodeScalars)
    private static let kanjiDigits = Set("〇一二三四五六七八九十百".unicodeScalars)
}
