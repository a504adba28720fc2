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
    /// A line of the section with the block it is from, a table's cell as one line.
    struct Piece {
        var block: Int
        var line: TextLine
        /// A one-line block, or a cell of a table's first row: what a label can be.
        var canLabel: Bool
    }

    /// `card`: the block is one of the regrouped cards, a contact whole, which text after the
    /// row of cards (an address and routes under `お問い合わせ・アクセス`) does not go on.
    static func regrouped(_ blocks: [(page: Int, block: Block)]) -> [(page: Int, block: Block, card: Bool)] {
        for page in Set(blocks.map(\.page)).sorted() {
            let pieces = blocks.indices.filter { blocks[$0].page == page }.flatMap { Self.pieces(of: blocks[$0].block, index: $0) }
            guard let row = labelRow(pieces) else { continue }
            let labels = row.map { pieces[$0].line }
            // Tabs set vertically down the cards' left edges (`事` / `務` / `系`) head what lies
            // beside them, from their top on.
            let h = labels.map(\.em).max()!
            let top = labels.allSatisfy { $0.orientation == .vertical } ? labels.map(\.box.y0).min()! - h : labels.map(\.box.y1).max()!
            // A card's column starts at its label's left edge (a label set at the card's left)
            // or halfway from the label before (labels centred over their cards), whichever is
            // further left; the first reaches the page's edge.
            let edges = labels.indices.map { i in
                i == 0 ? -Double.infinity : min(labels[i].box.x0 - 0.5 * h, (labels[i - 1].box.midX + labels[i].box.midX) / 2)
            }
            // A label naming no track (`■専門職（アーキビスト）`, `研究職`) stands as a label in brackets does.
            var cards = labels.map { label -> [TextLine] in
                var line = label
                if ContactsParser.labelPrefix(Normalized.compact(line.text)) == nil {
                    line.text = "【" + line.text.drop { !$0.isLetter && !$0.isNumber } + "】"
                }
                return [line]
            }
            var taken = Set(row.map { pieces[$0].block })
            // Everything below the labels, top down; a card ends where a gap of more than two
            // lines opens under it (a kicker of the next section, `ACCESS`, is no line of it).
            let below = pieces.indices.filter { !row.contains($0) && pieces[$0].line.box.y0 >= top - 1 }.map { pieces[$0] }
            // A box heading of its own level with the labels (`新潟県庁` over an address and
            // routes beside the cards) ends the card left of it: what is under it is not a card's.
            // (Tabs set vertically have no line to be level with: a card's own line beside them is none.)
            let stops = pieces.indices.filter { j in
                labels[0].orientation != .vertical && !row.contains(j) && pieces[j].canLabel && pieces[j].line.box.x0 > labels[0].box.x1
                    && abs(pieces[j].line.box.midY - labels[0].box.midY) <= 0.3 * labels[0].box.height
            }.map { pieces[$0].line.box.x0 - 0.5 * h }
            for piece in below.sorted(by: { ($0.line.box.y0, $0.line.box.x0) < ($1.line.box.y0, $1.line.box.x0) }) {
                guard let card = edges.lastIndex(where: { $0 <= piece.line.box.x0 }),
                    !stops.contains(where: { $0 <= piece.line.box.x0 && $0 > labels[card].box.x0 }),
                    piece.line.box.y0 - cards[card].last!.box.y1 <= 2 * h
                else { continue }
                // A card's line the table cut into cells (`横浜市役所 | 24階`) is one line again.
                var last = cards[card][cards[card].count - 1]
                // (Not a field's name or a kicker beside its value: `担当 | 総務課`, `CONTACT | 人事課`.)
                if cards[card].count > 1, last.box.yOverlap(piece.line.box) >= 0.5 * min(last.box.height, piece.line.box.height),
                    !ContactsParser.isFieldLabel(Normalized.compact(last.text)), !ContactsParser.isKicker(Normalized.compact(last.text)),
                    piece.line.box.x0 >= last.box.x1 - 0.5
                {
                    last.text += " " + piece.line.text
                    last.box = last.box.union(piece.line.box)
                    cards[card][cards[card].count - 1] = last
                } else {
                    cards[card].append(piece.line)
                }
                taken.insert(piece.block)
            }
            let regrouped = cards.map { lines in (page, Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines), true) }
            // The cards take the place of the first block they were made of; the others go.
            let first = taken.min()!
            return blocks.indices.flatMap { i -> [(page: Int, block: Block, card: Bool)] in
                i == first ? regrouped : (taken.contains(i) ? [] : [(blocks[i].page, blocks[i].block, false)])
            }
        }
        return blocks.map { ($0.page, $0.block, false) }
    }

    /// A block's lines, or its table's cells as lines.
    static func pieces(of block: Block, index: Int) -> [Piece] {
        guard let table = block.table else {
            return block.lines.map { Piece(block: index, line: $0, canLabel: block.lines.count == 1) }
        }
        let size = block.lines.first?.fontSize
        return table.rows.enumerated().flatMap { r, row in
            row.filter { !$0.text.isEmpty }.map { cell in
                let box = cell.box ?? table.box
                return Piece(block: index, line: TextLine(text: cell.text, box: box, fontSize: size ?? box.height, isBold: false, orientation: .horizontal), canLabel: r == 0)
            }
        }
    }

    /// The indices (left to right) of two or more labels level with each other, two of them
    /// opening a contact by its track, the others short (`研究職`) or set with the leading mark
    /// of one that does (`■専門職（アーキビスト）`).
    static func labelRow(_ pieces: [Piece]) -> [Int]? {
        let candidates = pieces.indices.filter { pieces[$0].canLabel }
        let isTrack = { (i: Int) in ContactsParser.labelPrefix(Normalized.compact(pieces[i].line.text)) != nil }
        for i in candidates where isTrack(i) {
            let line = pieces[i].line
            let level = candidates.filter { j in
                let other = pieces[j].line
                return abs(other.box.midY - line.box.midY) <= 0.3 * line.box.height && other.text.count <= 24
            }
            let tracks = level.filter(isTrack)
            guard tracks.count >= 2 else { continue }
            let mark = line.text.first.flatMap { $0.isLetter || $0.isNumber ? nil : $0 }
            let row = level.filter { j in
                tracks.contains(j) || (mark.map { pieces[j].line.text.first == $0 } ?? (ContactsParser.otherLabel(Normalized.compact(pieces[j].line.text), inTable: true) != nil && pieces[j].line.text.count <= 8))
            }
            return row.sorted { pieces[$0].line.box.x0 < pieces[$1].line.box.x0 }
        }
        return nil
    }
}
