/// Regroups contact cards set side by side under a row of labels (`■事務系 | ■技術系（…） |
/// ■専門職（…）`) into one block per card, the label first.
///
/// The layout sees the cards' lines, level with each other, as one table (office | office |
/// office, then the floors, then the phones) and leaves a card's extra line (a second phone
/// pushing its e-mail down) outside it: read row by row, the offices of all the cards would
/// run together. Each label heads what lies below it, from its left edge to the next label's.
/// A row of labels is two or more one-line blocks level with each other, each opening a
/// contact (a track, or a label set with the same leading mark as a track's, `■専門職`).
enum ContactColumns {
    static func regrouped(_ blocks: [(page: Int, block: Block)]) -> [(page: Int, block: Block)] {
        var result = blocks
        for page in Set(blocks.map(\.page)).sorted() {
            let onPage = blocks.indices.filter { blocks[$0].page == page }
            guard let row = labelRow(onPage.map { blocks[$0].block }) else { continue }
            let labels = row.map { blocks[onPage[$0]].block }
            let top = labels.map(\.box.y1).max()!
            let h = labels.map(\.box.height).max()!
            // Everything below the labels on this page, as lines (a table's cells each one).
            var pieces: [(index: Int, line: TextLine)] = []
            for i in onPage where !row.map({ onPage[$0] }).contains(i) && blocks[i].block.box.y0 >= top - 1 {
                let block = blocks[i].block
                if let table = block.table {
                    for cell in table.rows.joined() where !cell.text.isEmpty {
                        let box = cell.box ?? table.box
                        pieces.append((i, TextLine(text: cell.text, box: box, fontSize: block.lines.first?.fontSize ?? box.height, isBold: false, orientation: .horizontal)))
                    }
                } else {
                    pieces += block.lines.map { (i, $0) }
                }
            }
            // A card's column: from its label's left edge to the next label's.
            let edges = labels.map { $0.box.x0 - 0.5 * h }
            // A label naming no track (`■専門職（アーキビスト）`) stands as a label in brackets does.
            var cards = labels.map { label -> [TextLine] in
                var line = label.lines[0]
                if ContactsParser.labelPrefix(Normalized.compact(line.text)) == nil {
                    line.text = "【" + line.text.drop { !$0.isLetter && !$0.isNumber } + "】"
                }
                return [line]
            }
            var taken = Set(row.map { onPage[$0] })
            // A card ends where a gap of more than two lines opens under it (a kicker of the
            // next section, `ACCESS`, is no line of the card above it).
            for piece in pieces.sorted(by: { ($0.line.box.y0, $0.line.box.x0) < ($1.line.box.y0, $1.line.box.x0) }) {
                guard let card = edges.lastIndex(where: { $0 <= piece.line.box.x0 }),
                    piece.line.box.y0 - cards[card].last!.box.y1 <= 2 * h
                else { continue }
                cards[card].append(piece.line)
                taken.insert(piece.index)
            }
            let used = taken
            let regrouped = cards.map { lines in (page, Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines)) }
            // The cards take the place of the first label; the blocks they were made of go.
            let first = onPage[row[0]]
            result = result.indices.flatMap { i -> [(page: Int, block: Block)] in
                i == first ? regrouped : (used.contains(i) && blocks[i].page == page ? [] : [result[i]])
            }
            return result
        }
        return result
    }

    /// The indices (left to right) of two or more one-line blocks level with each other, each
    /// opening a contact, or set with the leading mark of one that does.
    static func labelRow(_ blocks: [Block]) -> [Int]? {
        let single = blocks.indices.filter { blocks[$0].table == nil && blocks[$0].lines.count == 1 }
        for i in single where ContactsParser.labelPrefix(Normalized.compact(blocks[i].lines[0].text)) != nil {
            let line = blocks[i].lines[0]
            let level = single.filter { j in
                let other = blocks[j].lines[0]
                return abs(other.box.midY - line.box.midY) <= 0.3 * line.box.height && other.text.count <= 24
            }
            let tracks = level.filter { ContactsParser.labelPrefix(Normalized.compact(blocks[$0].lines[0].text)) != nil }
            guard tracks.count >= 2 else { continue }
            let mark = line.text.first.flatMap { $0.isLetter || $0.isNumber ? nil : $0 }
            let row = level.filter { tracks.contains($0) || mark != nil && blocks[$0].lines[0].text.first == mark }
            return row.sorted { blocks[$0].box.x0 < blocks[$1].box.x0 }
        }
        return nil
    }
}
